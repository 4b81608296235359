package io.github.hindsight.markdown;

import io.github.hindsight.markdown.internal.MarkdownWriter;
import io.github.hindsight.markdown.internal.RevisionNotes;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Revision notes for students (id {@code revision-notes}): a one-way Markdown export with a table
 * of objectives and outcomes per actor, a timeline of consequences, the interpretations side by
 * side and a section for the judgement. It has no file extension of its own, so that {@code .md}
 * files are read as the authoring format; choose it by its id.
 */
public final class RevisionNotesFormat implements FormatProvider {
  /** The format id. */
  public static final String ID = "revision-notes";

  private static final FormatWriter WRITER = new MarkdownWriter(RevisionNotes::question, RevisionNotes::topic, false);

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public RevisionNotesFormat() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Hindsight revision notes";
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public List<String> extensions() {
    return List.of();
  }

  /**
   * No reader: revision notes are written only.
   *
   * @return empty, always
   */
  @Override
  public Optional<FormatReader> reader() {
    return Optional.empty();
  }

  @Override
  public Optional<FormatWriter> writer() {
    return Optional.of(WRITER);
  }

  /**
   * Renders the revision notes of a question.
   *
   * @param question the question
   * @return the notes, as Markdown
   */
  public static String write(Question question) {
    return RevisionNotes.question(Objects.requireNonNull(question, "question"));
  }
}
