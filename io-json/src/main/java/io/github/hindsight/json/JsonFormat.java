package io.github.hindsight.json;

import io.github.hindsight.json.internal.Json;
import io.github.hindsight.json.internal.JsonDocumentReader;
import io.github.hindsight.json.internal.JsonDocumentWriter;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.support.SimpleFormatProvider;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;

/**
 * The {@code json} format: one question, or a bank of questions and topics, as one JSON document
 * that starts with its {@code format} and {@code version}. Lossless: reading back what it wrote
 * gives an equal model. Immutable and thread-safe. By content, it is sure of a JSON object whose
 * head names a Hindsight format (90) and unsure of any other (30).
 *
 * <pre>{@code
 * FormatProvider json = new JsonFormat();
 * json.writer().orElseThrow().writeQuestion(question, out);
 * Question back = json.reader().orElseThrow().readQuestion(in, ReadOptions.named("crisis.json"));
 * }</pre>
 */
public final class JsonFormat extends SimpleFormatProvider {
  /** The format's id. */
  public static final String ID = "json";
  /** The {@code format} member of a question document. */
  public static final String QUESTION_FORMAT = Json.QUESTION;
  /** The {@code format} member of a bank document. */
  public static final String BANK_FORMAT = Json.BANK;
  /** The {@code format} member of a topic line of JSON Lines. */
  public static final String TOPIC_FORMAT = Json.TOPIC;
  /** The version written, and the newest one read. */
  public static final int VERSION = Json.VERSION;
  /** The class-path resource of the JSON Schema (draft 2020-12) of a question document. */
  public static final String QUESTION_SCHEMA = "/io/github/hindsight/json/hindsight-question.schema.json";
  /** The class-path resource of the JSON Schema (draft 2020-12) of a bank document. */
  public static final String BANK_SCHEMA = "/io/github/hindsight/json/hindsight-bank.schema.json";
  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = Json.MAX_NESTING_DEPTH;
  /** The longest string read, in characters. */
  public static final int MAX_STRING_LENGTH = Json.MAX_STRING_LENGTH;
  /** The longest document read, in bytes. */
  public static final long MAX_DOCUMENT_LENGTH = Json.MAX_DOCUMENT_LENGTH;

  private static final FormatReader READER = new JsonDocumentReader();
  private static final FormatWriter WRITER = new JsonDocumentWriter();

  /** Creates the provider; cheap, as {@link java.util.ServiceLoader} requires. */
  public JsonFormat() {
    super(describe(ID, "Hindsight JSON", "application/json")
        .extensions("json")
        .reader(READER)
        .writer(WRITER)
        .sniffer(new HeadSniffer()));
  }

  private static int sniffHead(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
    int start = firstNonSpace(text);
    if (start < 0 || text.charAt(start) != '{') {
      return 0;
    }
    return text.contains("\"format\"") && text.contains("\"hindsight-") ? 90 : 30;
  }

  static int firstNonSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\uFEFF' && !Character.isWhitespace(c)) {
        return i;
      }
    }
    return -1;
  }

  private static final class HeadSniffer implements ToIntFunction<byte[]> {
    @Override
    public int applyAsInt(byte[] head) {
      return sniffHead(head);
    }
  }
}
