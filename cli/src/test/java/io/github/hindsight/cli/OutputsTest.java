package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line writes regular files only, and {@code -} as an output means standard output. */
class OutputsTest {
  private final Hindsight hindsight = Hindsight.standard();

  @TempDir
  Path dir;

  private Path cuba() throws IOException {
    return Files.writeString(dir.resolve("cuba.json"), HostileTextTest.CUBA);
  }

  private Path fifo(String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();
    return fifo;
  }

  private static boolean isFifo(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aNamedPipeAsTheOutputIsRefusedAndKept() throws IOException, InterruptedException {
    Path cuba = cuba();
    Path pipe = fifo("out.jsonl");
    for (Cli r : List.of(Cli.run("convert", cuba.toString(), pipe.toString()), Cli.run("convert", "--stream", cuba.toString(), pipe.toString()))) {
      assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.IO_ERROR);
      assertThat(r.err()).isEqualTo("hindsight: " + pipe
          + ": is a named pipe (FIFO), not a regular file; only regular files are written; give - to write to standard output"
          + System.lineSeparator());
      assertThat(r.out()).isEmpty();
    }
    assertThat(isFifo(pipe)).isTrue();
    assertThat(names()).containsExactly("cuba.json", "out.jsonl");
  }

  @Test
  void aSymbolicLinkAsTheOutputIsRefusedAndNeitherItNorWhatItPointsAtChanges() throws IOException {
    Path cuba = cuba();
    Path target = Files.writeString(dir.resolve("target.jsonl"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), target);
    Cli r = Cli.run("convert", cuba.toString(), link.toString());
    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.IO_ERROR);
    assertThat(r.err().lines()).singleElement().asString().startsWith("hindsight: " + link + ": is a symbolic link, not a regular file");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target).hasContent("old");
  }

  @Test
  void newRefusesANamedPipeEvenWithForce() throws IOException, InterruptedException {
    Path pipe = fifo("new.md");
    Cli r = Cli.run("new", "a-question", "-o", pipe.toString(), "--force");
    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.IO_ERROR);
    assertThat(r.err().lines()).singleElement().asString().contains("is a named pipe (FIFO)");
    assertThat(isFifo(pipe)).isTrue();
  }

  @Test
  void aDashWritesTheDocumentAloneToStandardOutput() throws IOException {
    Cli r = Cli.run("convert", cuba().toString(), "-", "--to", "jsonl");
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(hindsight.readString(r.out(), "jsonl")).isEqualTo(Samples.cubanMissileCrisis());
    assertThat(names()).containsExactly("cuba.json");
  }

  @Test
  void aDashTakesABankAndAStream() throws IOException {
    List<Question> questions = RandomQuestions.questions(11, 5).stream().map(q -> q.withTopic(Optional.empty())).toList();
    Path corpus = dir.resolve("corpus.jsonl");
    hindsight.writeBank(QuestionBank.builder().questions(questions).build(), corpus);
    for (Cli r : List.of(Cli.run("convert", corpus.toString(), "-", "--to", "json"), Cli.run("convert", "--stream", corpus.toString(), "-", "--to", "json"))) {
      assertThat(r.code()).as("%s", r).isZero();
      Path back = Files.writeString(dir.resolve("back.json"), r.out());
      assertThat(hindsight.readBank(back).questions()).isEqualTo(questions);
    }
  }

  @Test
  void aDashNeedsAFormat() throws IOException {
    Cli r = Cli.run("convert", cuba().toString(), "-");
    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.USAGE);
    assertThat(r.err()).isEqualTo("hindsight: --to is needed to write to standard output, to say its format" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void newWritesToStandardOutputForADash() {
    Cli r = Cli.run("new", "a-question", "-o", "-");
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.out()).isEqualTo(NewCommand.template("a-question")).contains("a-question");
    assertThat(r.err()).isEmpty();
  }
}
