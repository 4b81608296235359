package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --threads} changes how long validate and convert take, never what they say or write. */
class ThreadsOptionTest {
  @TempDir Path dir;

  /** A JSON Lines corpus with a broken line and a question whose actor has no objectives. */
  private Path corpus() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      lines.append(i == 17 ? "{\"format\": \"hindsight-question\", \"id\": " : "{\"format\":\"hindsight-question\",\"version\":1,\"id\":\"q" + i
          + "\",\"prompt\":\"Who gained most?\",\"actors\":[{\"id\":\"usa\",\"name\":\"United States\",\"kind\":\"state\"}]}")
          .append('\n');
    }
    return Files.writeString(dir.resolve("corpus.jsonl"), lines.toString());
  }

  @Test
  void validateSaysTheSameOnAnyNumberOfThreads() throws IOException {
    Path corpus = corpus();
    Cli one = Cli.run("validate", corpus.toString());
    assertThat(one.code()).as("%s", one).isEqualTo(HindsightCli.INPUT_PROBLEM);
    assertThat(one.err()).as("%s", one).startsWith(corpus + ":18:");
    for (String n : new String[] {"2", "3", "0"}) {
      assertThat(Cli.run("validate", "--threads", n, corpus.toString())).as("--threads %s", n).isEqualTo(one);
    }
  }

  @Test
  void convertWritesTheSameFolderBankOnAnyNumberOfThreads() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("questions"));
    for (int i = 0; i < 12; i++) {
      Files.writeString(folder.resolve("q" + i + ".md"), "---\nid: q" + i + "\n---\n\n# Who gained most from " + i + "?\n");
    }
    Cli one = Cli.run("convert", folder.toString(), dir.resolve("one.jsonl").toString());
    Cli two = Cli.run("convert", "--threads", "2", folder.toString(), dir.resolve("two.jsonl").toString());
    assertThat(one.code()).as("%s", one).isZero();
    assertThat(two.out()).isEqualTo(one.out().replace("one.jsonl", "two.jsonl"));
    assertThat(Files.readString(dir.resolve("two.jsonl"))).isEqualTo(Files.readString(dir.resolve("one.jsonl")));
  }

  @Test
  void aNumberOutOfRangeIsAUsageError() throws IOException {
    Path corpus = corpus();
    Cli r = Cli.run("validate", "--threads", "-1", corpus.toString());
    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.USAGE);
    assertThat(r.err()).contains("--threads: expected a number of threads from 1 to 256, or 0 for one per processor, but found -1");
    assertThat(r.out()).isEmpty();
  }
}
