package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.markdown.internal.CanonicalWriter;
import io.github.hindsight.markdown.internal.MarkdownReader;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Topic;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example questions in the repository read without a problem and are in canonical form. */
class ExamplesTest {
  static final Path QUESTIONS = Path.of("..", "examples", "questions");
  static final Path REVISION_NOTES = Path.of("..", "docs", "examples", "cuban-missile-crisis-revision-notes.md");

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(QUESTIONS)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  @Test
  void thereAreAtLeastThreeExamples() throws IOException {
    assertThat(examples()).extracting(p -> p.getFileName().toString())
        .contains("cuban-missile-crisis.md", "berlin-crisis-1961.md", "marshall-plan.md");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleReadsStrictlyAndWritesBackByteForByte(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    // Each document on its own; the links between files are checked by reading the whole folder.
    List<Object> documents = MarkdownReader.documents(new MarkdownReader.Named(file.getFileName().toString(), text), true);
    List<String> written = documents.stream().map(d -> d instanceof Question q ? MarkdownFormat.write(q) : CanonicalWriter.topic((Topic) d)).toList();
    assertThat(String.join("\n", written)).isEqualTo(text);
    List<Question> questions = documents.stream().filter(Question.class::isInstance).map(Question.class::cast).toList();
    for (Question q : questions) {
      assertThat(q.extras()).isEmpty();
      assertThat(MarkdownFormat.read(MarkdownFormat.write(q), ReadOptions.defaults())).isEqualTo(q);
    }
  }

  @Test
  void theCubanExampleIsTheReferenceQuestion() throws IOException {
    String text = Files.readString(QUESTIONS.resolve("cuban-missile-crisis.md"), StandardCharsets.UTF_8);
    assertThat(MarkdownFormat.read(text, ReadOptions.defaults())).isEqualTo(Samples.cubanMissileCrisis());
    assertThat(MarkdownFormat.write(Samples.cubanMissileCrisis())).isEqualTo(text);
  }

  @Test
  void theFolderOfExamplesReadsAsABank() throws IOException {
    QuestionBank bank = MarkdownFolder.read(QUESTIONS, ReadOptions.defaults());
    assertThat(bank.questions()).extracting(Question::id)
        .containsExactly("berlin-crisis-1961-who-gained", "cuban-missile-crisis-who-won", "marshall-plan-how-successful",
            "cold-war-origins-how-convincing", "yalta-potsdam-how-far");
    assertThat(bank.validate().isValid()).isTrue();
    assertThat(bank.questionsOf("berlin-crisis-1961")).extracting(Question::id).containsExactly("berlin-crisis-1961-who-gained");
  }

  @Test
  void theRevisionNotesInTheDocsAreWhatTheWriterMakesOfTheCubanQuestion() throws IOException {
    assertThat(RevisionNotesFormat.write(Samples.cubanMissileCrisis())).isEqualTo(Files.readString(REVISION_NOTES, StandardCharsets.UTF_8));
  }
}
