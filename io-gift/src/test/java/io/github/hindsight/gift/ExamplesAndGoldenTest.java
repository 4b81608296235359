package io.github.hindsight.gift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.testkit.GoldenFiles;
import io.github.hindsight.testkit.samples.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quiz of the Cuban Missile Crisis is pinned by a golden file, and every example question in
 * the repository becomes a quiz that the real parser reads with the model's right answers.
 */
class ExamplesAndGoldenTest {
  private static final Path QUESTIONS = Path.of("..", "examples", "questions");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "cuban-missile-crisis.gift");

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(QUESTIONS)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  /** The quiz of some questions, written through a sink, as a folder of examples would be. */
  private static String gift(List<Question> questions) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (QuestionSink sink = new GiftFormat().writer().orElseThrow().openSink(out)) {
      for (Question question : questions) {
        sink.write(question);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theCubanQuizIsAsBefore() throws IOException {
    String quiz = gift(List.of(Samples.cubanMissileCrisis()));
    assertThat(quiz).isEqualTo(GoldenFiles.expected(GOLDEN, quiz));
    assertThat(quiz).contains("::" + Samples.cubanMissileCrisis().id() + "/", "/held-by::", "/came-before/", "/author::", "/reading/");
  }

  @Test
  void thereAreExamples() throws IOException {
    assertThat(examples()).extracting(p -> p.getFileName().toString()).contains("cuban-missile-crisis.md");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleBecomesAQuizTheParserReadsWithTheModelsAnswers(Path file) throws Exception {
    QuestionBank bank;
    try (InputStream in = Files.newInputStream(file)) {
      bank = new MarkdownFormat().reader().orElseThrow()
          .readBank(in, ReadOptions.named(file.getFileName().toString()).withCheckLinks(false));
    }
    String quiz = gift(bank.questions());
    GiftParser.assumeAvailable();
    ModelAnswers.check(GiftParser.parse(quiz), bank.questions());
  }
}
