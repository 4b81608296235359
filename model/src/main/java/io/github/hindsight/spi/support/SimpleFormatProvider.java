package io.github.hindsight.spi.support;

import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A format provider made from a description, after Jackson's {@code SimpleModule}: a plugin says
 * what its format is called, which extensions it claims, and which reader and writer it has, and
 * this class answers every question of {@link FormatProvider} from that. For
 * {@link java.util.ServiceLoader}, a plugin extends it with a public no-argument constructor:
 *
 * <pre>{@code
 * public final class CsvFormat extends SimpleFormatProvider {
 *   public CsvFormat() {
 *     super(describe("csv", "Questions as CSV", "text/csv")
 *         .extensions("csv")
 *         .reader(new CsvReader())
 *         .writer(new CsvWriter())
 *         .sniffer(head -> head.length > 0 && head[0] == '#' ? 50 : 0));
 *   }
 * }
 * }</pre>
 *
 * <p>An application that registers a format by hand, with {@code Hindsight.builder().addFormat},
 * may use an instance of this class as it is.
 *
 * <p>Immutable and thread-safe, as the reader, writer and sniffer given to it must be. The
 * description is checked at once: one that breaks the rules of {@link FormatDescriptions} is
 * refused when the provider is made, not when it is first used.
 */
public class SimpleFormatProvider implements FormatProvider {
  private final String id;
  private final String displayName;
  private final String mediaType;
  private final List<String> extensions;
  private final Optional<FormatReader> reader;
  private final Optional<FormatWriter> writer;
  private final ToIntFunction<byte[]> sniffer;
  private final int priority;

  /**
   * A provider with what the description says, copied, so that changing the description later
   * does not change the provider.
   *
   * @param description the id, names, extensions, reader, writer, sniffing and priority
   * @throws IllegalArgumentException if the description breaks the rules of
   *     {@link FormatDescriptions}, such as an id with capitals, or names neither a reader nor a
   *     writer
   */
  public SimpleFormatProvider(Description description) {
    Objects.requireNonNull(description, "description");
    this.id = description.id;
    this.displayName = description.displayName;
    this.mediaType = description.mediaType;
    this.extensions = List.copyOf(description.extensions);
    this.reader = Optional.ofNullable(description.reader);
    this.writer = Optional.ofNullable(description.writer);
    this.sniffer = description.sniffer;
    this.priority = description.priority;
    List<String> problems = FormatDescriptions.problems(this);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("format '" + id + "' is described wrongly: " + String.join("; ", problems));
    }
  }

  /**
   * Starts the description of a format; the rest is added with the methods of
   * {@link Description}.
   *
   * @param id the format's id, a short lower-case word such as {@code json}
   * @param displayName a name for people, such as {@code Hindsight JSON}
   * @param mediaType the media type of its documents, such as {@code application/json}
   * @return a description with no extensions, reader or writer, which never detects the format
   *     by content, at priority 0
   */
  public static Description describe(String id, String displayName, String mediaType) {
    return new Description(id, displayName, mediaType);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String displayName() {
    return displayName;
  }

  @Override
  public final String mediaType() {
    return mediaType;
  }

  @Override
  public final List<String> extensions() {
    return extensions;
  }

  @Override
  public final Optional<FormatReader> reader() {
    return reader;
  }

  @Override
  public final Optional<FormatWriter> writer() {
    return writer;
  }

  /**
   * Asks the description's sniffer.
   *
   * @param head the first bytes of the document
   * @return what the sniffer says, 0 if the description has none
   */
  @Override
  public final int sniff(byte[] head) {
    Objects.requireNonNull(head, "head");
    return sniffer.applyAsInt(head);
  }

  @Override
  public final int priority() {
    return priority;
  }

  /**
   * What a {@link SimpleFormatProvider} is made from; start one with
   * {@link SimpleFormatProvider#describe}. Not thread-safe: it is filled in by one thread, then
   * given to the provider, which copies it.
   */
  public static final class Description {
    /** The sniffer of a format that is never detected by content. */
    private static final ToIntFunction<byte[]> NEVER = new ToIntFunction<>() {
      @Override
      public int applyAsInt(byte[] head) {
        return 0;
      }
    };

    private final String id;
    private final String displayName;
    private final String mediaType;
    private final List<String> extensions = new ArrayList<>();
    private @Nullable FormatReader reader;
    private @Nullable FormatWriter writer;
    private ToIntFunction<byte[]> sniffer = NEVER;
    private int priority;

    private Description(String id, String displayName, String mediaType) {
      this.id = Objects.requireNonNull(id, "id");
      this.displayName = Objects.requireNonNull(displayName, "displayName");
      this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    }

    /**
     * Adds file extensions, without the dot, in order of preference: the first is used when
     * writing a new file.
     *
     * @param more the extensions, such as {@code "json"}
     * @return this description
     */
    public Description extensions(String... more) {
      for (String extension : Objects.requireNonNull(more, "more")) {
        extensions.add(Objects.requireNonNull(extension, "extension"));
      }
      return this;
    }

    /**
     * The reader, for a format that can be read.
     *
     * @param formatReader the reader, thread-safe
     * @return this description
     */
    public Description reader(FormatReader formatReader) {
      this.reader = Objects.requireNonNull(formatReader, "formatReader");
      return this;
    }

    /**
     * The writer, for a format that can be written.
     *
     * @param formatWriter the writer, thread-safe
     * @return this description
     */
    public Description writer(FormatWriter formatWriter) {
      this.writer = Objects.requireNonNull(formatWriter, "formatWriter");
      return this;
    }

    /**
     * How strongly the start of a document suggests this format, as
     * {@link FormatProvider#sniff(byte[])} says; without one, the format is never detected by
     * content.
     *
     * @param headSniffer from the first bytes of a document to a number from 0 to 100
     * @return this description
     */
    public Description sniffer(ToIntFunction<byte[]> headSniffer) {
      this.sniffer = Objects.requireNonNull(headSniffer, "headSniffer");
      return this;
    }

    /**
     * The priority when two formats claim the same extension, as
     * {@link FormatProvider#priority()} says; 0 unless given.
     *
     * @param value the priority
     * @return this description
     */
    public Description priority(int value) {
      this.priority = value;
      return this;
    }
  }
}
