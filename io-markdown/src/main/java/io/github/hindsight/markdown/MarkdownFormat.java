package io.github.hindsight.markdown;

import io.github.hindsight.markdown.internal.CanonicalWriter;
import io.github.hindsight.markdown.internal.MarkdownReader;
import io.github.hindsight.markdown.internal.MarkdownWriter;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.spi.support.SimpleFormatProvider;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The Markdown authoring format (id {@code markdown}): a question as ordinary-looking notes with
 * YAML front matter, read into the validated model and written back in a canonical layout.
 * Reading what was written gives an equal question, and writing twice gives identical bytes.
 */
public final class MarkdownFormat extends SimpleFormatProvider {
  /** The format id. */
  public static final String ID = "markdown";

  private static final FormatReader READER = new MarkdownReader();
  private static final FormatWriter WRITER = new MarkdownWriter(new CanonicalQuestion(), new CanonicalTopic(), true);

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public MarkdownFormat() {
    super(describe(ID, "Hindsight Markdown", "text/markdown")
        .extensions("md", "markdown")
        .reader(READER)
        .writer(WRITER)
        .sniffer(new HeadSniffer()));
  }

  /** Front matter says Markdown notes, more surely with an id in it; a heading alone hardly does. */
  private static int sniffHead(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
      return text.contains("\nid:") ? 80 : 40;
    }
    return text.startsWith("# ") ? 20 : 0;
  }

  private static final class HeadSniffer implements ToIntFunction<byte[]> {
    @Override
    public int applyAsInt(byte[] head) {
      return sniffHead(head);
    }
  }

  private static final class CanonicalQuestion implements Function<Question, String> {
    @Override
    public String apply(Question question) {
      return CanonicalWriter.question(question);
    }
  }

  private static final class CanonicalTopic implements Function<Topic, String> {
    @Override
    public String apply(Topic topic) {
      return CanonicalWriter.topic(topic);
    }
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
