package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A conversion stopped by SIGTERM leaves neither its output nor the temporary file behind it. */
class InterruptedConvertTest {
  @TempDir
  Path dir;

  private List<String> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  @Test
  void sigtermDuringAStreamRemovesTheTemporaryFile() throws IOException, InterruptedException {
    Path corpus = dir.resolve("corpus.jsonl");
    Hindsight.standard().writeBank(QuestionBank.builder()
        .questions(RandomQuestions.questions(5, 1500).stream().map(q -> q.withTopic(Optional.empty())).toList()).build(), corpus);
    Path out = dir.resolve("corpus.json");
    // The interpreter alone, so that the conversion lasts long enough to be caught half-way.
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xint",
        "-cp", System.getProperty("java.class.path"), HindsightCli.class.getName(), "convert", "--stream", corpus.toString(), out.toString());
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.txt").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (temporaryFiles().isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(temporaryFiles()).as("a temporary file while converting; the child said: %s", Files.readString(dir.resolve("child.txt")))
          .hasSize(1);
      assertThat(child.isAlive()).isTrue();
      child.destroy();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.exitValue()).as("SIGTERM's exit code").isEqualTo(128 + 15);
    assertThat(temporaryFiles()).isEmpty();
    assertThat(out).doesNotExist();
  }
}
