package io.github.hindsight.json.internal;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.Location;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** The constants of the format and the Jackson factories that read and write it. */
public final class Json {
  /** The {@code format} of a question document. */
  public static final String QUESTION = "hindsight-question";
  /** The {@code format} of a bank document. */
  public static final String BANK = "hindsight-bank";
  /** The {@code format} of a topic line in JSON Lines. */
  public static final String TOPIC = "hindsight-topic";
  /** The version this code writes and the newest it reads. */
  public static final int VERSION = 1;
  /** The format id kept in {@code Extra.format()}. */
  public static final String EXTRA_FORMAT = "json";

  /** Deeper nesting than the format needs (about 8) leaves room for kept unknown members. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** One string, such as a claim; the model's text is one paragraph. */
  public static final int MAX_STRING_LENGTH = 1 << 20;
  /** One member name. */
  public static final int MAX_NAME_LENGTH = 1024;
  /** One number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** A whole {@code .json} document. */
  public static final long MAX_DOCUMENT_LENGTH = 256L << 20;
  /** One line of JSON Lines. */
  public static final int MAX_LINE_LENGTH = 16 << 20;

  private static final StreamReadConstraints DOCUMENT_LIMITS = limits(MAX_DOCUMENT_LENGTH);
  private static final StreamReadConstraints LINE_LIMITS = limits(MAX_LINE_LENGTH);

  /**
   * For {@code .json} documents: limits for a whole document. Its parsers let a name be given
   * twice in an object: the readers find that themselves (see {@code ObjectReader}).
   */
  public static final JsonFactory DOCUMENTS = factory(DOCUMENT_LIMITS, false);
  /** For one line of JSON Lines, and for kept unknown members; as {@link #DOCUMENTS}, names may repeat. */
  public static final JsonFactory LINES = factory(LINE_LIMITS, false);
  /** For a kept member's content on its own, which the parser checks whole: a name given twice is broken JSON here. */
  public static final JsonFactory CONTENT = factory(LINE_LIMITS, true);

  private Json() {}

  /**
   * A parser of a {@code .json} document, which sees the bytes only once {@link Utf8Input}
   * has checked them.
   *
   * @param in the document
   * @param source its name for locations
   * @param whole true to read it whole first, refusing one over {@link #MAX_DOCUMENT_LENGTH} at
   *     once; false to stream it
   * @return the parser
   * @throws FormatException if the document is too long, or its first bytes are not UTF-8
   * @throws IOException if it cannot be read
   */
  public static JsonParser document(InputStream in, String source, boolean whole) throws IOException {
    InputStream bytes = whole ? DocumentBytes.read(in, source, MAX_DOCUMENT_LENGTH) : in;
    try {
      return DOCUMENTS.createParser(ObjectReadContext.empty(), new Utf8Input(bytes));
    } catch (JacksonIOException e) {
      // Jackson reads the first bytes as it makes the parser, to guess their encoding.
      if (e.getCause() instanceof Utf8Input.NotUtf8 n) {
        throw new FormatException(Location.at(source, n.line(), n.column()), n.getMessage());
      }
      throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
    }
  }

  /**
   * The JSON pointer of where a parser or generator is; the root is the empty string.
   *
   * @param context the stream context
   * @return the pointer
   */
  public static String pointer(TokenStreamContext context) {
    // The same walk as pathAsPointer(), without building a JsonPointer only to print it: the
    // reader asks for a pointer at every object and every id, so this is on the hot path.
    TokenStreamContext c = context;
    if (!c.hasPathSegment()) {
      c = c.getParent();
    }
    int depth = 0;
    for (TokenStreamContext d = c; d != null; d = d.getParent()) {
      if (d.inObject() || d.inArray()) {
        depth++;
      }
    }
    if (depth == 0) {
      return "";
    }
    String[] segments = new String[depth];
    for (TokenStreamContext d = c; d != null; d = d.getParent()) {
      if (d.inObject()) {
        String name = d.currentName();
        segments[--depth] = name == null ? "" : QuestionWriter.escape(name);
      } else if (d.inArray()) {
        segments[--depth] = Integer.toString(d.getCurrentIndex());
      }
    }
    StringBuilder sb = new StringBuilder(16 * segments.length);
    for (String segment : segments) {
      sb.append('/').append(segment);
    }
    return sb.toString();
  }

  private static StreamReadConstraints limits(long documentLength) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxDocumentLength(documentLength)
        .build();
  }

  private static JsonFactory factory(StreamReadConstraints limits, boolean namesOnce) {
    // The caller owns the streams: neither parsers nor generators may close them.
    return JsonFactory.builder()
        .streamReadConstraints(limits)
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, namesOnce)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
        .build();
  }

  /**
   * The write context of {@code .json} documents: two spaces, {@code "name": value}, and a bare
   * line feed on every platform so that the bytes are the same everywhere.
   */
  public static ObjectWriteContext pretty() {
    return new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withRootSeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
  }
}
