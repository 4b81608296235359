package io.github.hindsight.markdown;

import io.github.hindsight.markdown.internal.CanonicalWriter;
import io.github.hindsight.markdown.internal.MarkdownReader;
import io.github.hindsight.markdown.internal.MarkdownWriter;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Markdown authoring format (id {@code markdown}): a question as ordinary-looking notes with
 * YAML front matter, read into the validated model and written back in a canonical layout.
 * Reading what was written gives an equal question, and writing twice gives identical bytes.
 */
public final class MarkdownFormat implements FormatProvider {
  /** The format id. */
  public static final String ID = "markdown";

  private static final FormatReader READER = new MarkdownReader();
  private static final FormatWriter WRITER = new MarkdownWriter(CanonicalWriter::question, CanonicalWriter::topic, true);

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public MarkdownFormat() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Hindsight Markdown";
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public List<String> extensions() {
    return List.of("md", "markdown");
  }

  @Override
  public Optional<FormatReader> reader() {
    return Optional.of(READER);
  }

  @Override
  public Optional<FormatWriter> writer() {
    return Optional.of(WRITER);
  }

  @Override
  public int sniff(byte[] head) {
    String text = new String(Objects.requireNonNull(head, "head"), StandardCharsets.UTF_8);
    if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
      return text.contains("\nid:") ? 80 : 40;
    }
    return text.startsWith("# ") ? 20 : 0;
  }

  /**
   * Reads a question from Markdown text.
   *
   * @param text the document
   * @param options the name for problem locations, and strict or lenient reading
   * @return the question, valid
   * @throws FormatException with every problem found, each with its line and column
   */
  public static Question read(String text, ReadOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    return MarkdownReader.question(text, options);
  }

  /**
   * Writes a question as Markdown text in the canonical layout.
   *
   * @param question the question
   * @return the document
   * @throws FormatException if the question keeps extras of another format
   */
  public static String write(Question question) {
    return CanonicalWriter.question(Objects.requireNonNull(question, "question"));
  }
}
