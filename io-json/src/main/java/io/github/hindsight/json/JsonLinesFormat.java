package io.github.hindsight.json;

import io.github.hindsight.json.internal.Json;
import io.github.hindsight.json.internal.JsonLinesReader;
import io.github.hindsight.json.internal.JsonLinesWriter;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code jsonl} format for corpora: one compact question document a line (topics of a bank
 * as lines of their own), so that a corpus can be appended to, split and streamed line by line.
 * Problems are located by line number. Lossless, immutable and thread-safe.
 */
public final class JsonLinesFormat implements FormatProvider {
  /** The format's id. */
  public static final String ID = "jsonl";
  /** The longest line read, in bytes. */
  public static final int MAX_LINE_LENGTH = Json.MAX_LINE_LENGTH;

  private static final FormatReader READER = new JsonLinesReader();
  private static final FormatWriter WRITER = new JsonLinesWriter();

  /** Creates the provider; cheap, as {@link java.util.ServiceLoader} requires. */
  public JsonLinesFormat() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Hindsight JSON Lines";
  }

  @Override
  public String mediaType() {
    return "application/jsonl";
  }

  @Override
  public List<String> extensions() {
    return List.of("jsonl", "ndjson");
  }

  @Override
  public Optional<FormatReader> reader() {
    return Optional.of(READER);
  }

  @Override
  public Optional<FormatWriter> writer() {
    return Optional.of(WRITER);
  }

  /**
   * Sure when the first line is a whole Hindsight document and another object line follows it;
   * less sure, below {@link JsonFormat}, when there is just one such line.
   *
   * @param head the first bytes of the document
   * @return 95, 60 or 0
   */
  @Override
  public int sniff(byte[] head) {
    String text = new String(Objects.requireNonNull(head, "head"), StandardCharsets.UTF_8);
    int start = JsonFormat.firstNonSpace(text);
    if (start < 0 || text.charAt(start) != '{') {
      return 0;
    }
    int end = text.indexOf('\n', start);
    String first = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
    if (!first.contains("\"format\"") || !first.contains("\"hindsight-")) {
      return 0;
    }
    if (end >= 0 && first.endsWith("}") && text.substring(end + 1).stripLeading().startsWith("{")) {
      return 95;
    }
    return 60;
  }
}
