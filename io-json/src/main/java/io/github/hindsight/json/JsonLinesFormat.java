package io.github.hindsight.json;

import io.github.hindsight.json.internal.Json;
import io.github.hindsight.json.internal.JsonLinesReader;
import io.github.hindsight.json.internal.JsonLinesWriter;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.support.SimpleFormatProvider;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;

/**
 * The {@code jsonl} format for corpora: one compact question document a line (topics of a bank
 * as lines of their own), so that a corpus can be appended to, split and streamed line by line.
 * Problems are located by line number. Lossless, immutable and thread-safe. By content, it is
 * sure of a first line that is a whole Hindsight document followed by another object line (95),
 * and less sure, below {@link JsonFormat}, when there is just one such line (60).
 */
public final class JsonLinesFormat extends SimpleFormatProvider {
  /** The format's id. */
  public static final String ID = "jsonl";
  /** The longest line read, in bytes. */
  public static final int MAX_LINE_LENGTH = Json.MAX_LINE_LENGTH;

  private static final FormatReader READER = new JsonLinesReader();
  private static final FormatWriter WRITER = new JsonLinesWriter();

  /** Creates the provider; cheap, as {@link java.util.ServiceLoader} requires. */
  public JsonLinesFormat() {
    super(describe(ID, "Hindsight JSON Lines", "application/jsonl")
        .extensions("jsonl", "ndjson")
        .reader(READER)
        .writer(WRITER)
        .sniffer(new HeadSniffer()));
  }

  private static int sniffHead(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
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

  private static final class HeadSniffer implements ToIntFunction<byte[]> {
    @Override
    public int applyAsInt(byte[] head) {
      return sniffHead(head);
    }
  }
}
