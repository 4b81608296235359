package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.Hindsight;
import io.github.hindsight.markdown.RevisionNotesFormat;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.testkit.samples.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade finds the Markdown formats by file name and by id, as an application uses them. */
class MarkdownThroughTheFacadeTest {
  private static final Path QUESTIONS = Path.of("..", "examples", "questions");

  @Test
  void theFacadeReadsMarkdownFilesAndWritesRevisionNotesByTheirId(@TempDir Path dir) throws IOException {
    Hindsight hindsight = Hindsight.standard();
    Question q = hindsight.read(QUESTIONS.resolve("cuban-missile-crisis.md"));
    assertThat(q).isEqualTo(Samples.cubanMissileCrisis());
    Path notes = dir.resolve("notes.md");
    hindsight.write(q, notes, "revision-notes");
    assertThat(Files.readString(notes, StandardCharsets.UTF_8)).isEqualTo(RevisionNotesFormat.write(q));
    // The notes are an export: read as the authoring format, they are refused with located problems.
    assertThatThrownBy(() -> hindsight.read(notes)).isInstanceOf(FormatException.class).hasMessageContaining("notes.md:1:1: missing front matter");
  }
}
