package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.testkit.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Golden files pin the exact bytes of the writers, so that a change to escaping or layout shows
 * up in review. Run with {@code -Dhindsight.golden.update=true} to rewrite them after a deliberate
 * change. The Cuban example and its revision notes are golden files too, checked by
 * {@link ExamplesTest}.
 */
class GoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  /** A generated question full of Markdown punctuation, non-Latin letters and emoji. */
  static final Question AWKWARD = RandomQuestions.question(2024, 3);

  private static String golden(String name, String actual) throws IOException {
    return GoldenFiles.expected(GOLDEN.resolve(name), actual);
  }

  @Test
  void awkwardTextIsEscapedAsBefore() throws IOException {
    String written = MarkdownFormat.write(AWKWARD);
    assertThat(written).isEqualTo(golden("awkward-question.md", written));
    assertThat(MarkdownFormat.read(golden("awkward-question.md", written), ReadOptions.defaults())).isEqualTo(AWKWARD);
  }

  @Test
  void awkwardRevisionNotesAreAsBefore() throws IOException {
    String notes = RevisionNotesFormat.write(AWKWARD);
    assertThat(notes).isEqualTo(golden("awkward-revision-notes.md", notes));
  }
}
