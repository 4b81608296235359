package io.github.hindsight.markdown.internal;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.Location;
import io.github.hindsight.spi.support.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The lines of a stream of UTF-8, taken straight from its bytes: each line is checked and handed
 * over as a range of bytes, so that the body of a document is built from them without decoding
 * them to characters and encoding them back. It gives the lines {@link java.io.BufferedReader#readLine()}
 * gives over a {@link Utf8Reader} of the same bytes (a line ends at {@code \n}, {@code \r} or
 * {@code \r\n}; a byte order mark at the start is left out), and refuses what that reader refuses,
 * with the same words, line and column: the lines before a sequence that is not UTF-8 are handed
 * over, the line that holds it is refused, and then the lines end.
 *
 * <p>Not thread-safe: one per stream.
 */
final class Utf8Lines implements DocumentSource.Lines {
  private static final int FIRST_SIZE = 8192;
  /** The longest line: the most an array can hold. Memory runs out first in most JVMs. */
  static final int MAX_LINE_BYTES = Integer.MAX_VALUE - 16;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long LINE_FEEDS = 0x0a0a0a0a0a0a0a0aL;
  private static final long CARRIAGE_RETURNS = 0x0d0d0d0d0d0d0d0dL;

  private final InputStream in;
  private final String source;
  private final int maxLineBytes;
  private byte[] buf = new byte[FIRST_SIZE];
  /** Where the next line starts, and where the bytes read end. */
  private int pos;
  private int limit;
  private boolean endOfInput;
  private boolean ended;
  /** The last line ended at a {@code \r}: a {@code \n} right after it belongs to that line break. */
  private boolean skipLineFeed;
  /** The number of the current line, from 1. */
  private int line;
  /** The current line: its bytes and its length in UTF-16 characters. */
  private int from;
  private int to;
  private int chars;

  Utf8Lines(InputStream in, String source) {
    this(in, source, MAX_LINE_BYTES);
  }

  /** With a bound of its own on the length of a line, for tests. */
  Utf8Lines(InputStream in, String source, int maxLineBytes) {
    this.in = Objects.requireNonNull(in, "in");
    this.source = Objects.requireNonNull(source, "source");
    this.maxLineBytes = Math.max(maxLineBytes, FIRST_SIZE);
  }

  @Override
  public boolean next() throws IOException {
    if (ended) {
      return false;
    }
    if (skipLineFeed) {
      skipLineFeed = false;
      if (pos == limit && !endOfInput) {
        fill();
      }
      if (pos < limit && buf[pos] == '\n') {
        pos++;
      }
    }
    line++;
    chars = 0;
    // The line is checked as it is found, so that bytes that are not UTF-8 are refused before
    // anything after them is read, as a decoder refuses them.
    int checked = pos;
    int end;
    while (true) {
      end = lineBreak(checked);
      checked = check(checked, end);
      if (checked < end) {
        CoderResult r = measure(checked);
        if (r.isError() || endOfInput) {
          throw refusal(checked, r);
        }
        // The start of a character whose other bytes are still to be read.
      } else if (end < limit || endOfInput) {
        break;
      }
      checked -= fill();
    }
    if (end == limit && pos == limit) {
      ended = true;
      return false;
    }
    from = pos;
    to = end;
    pos = end == limit ? limit : end + 1;
    skipLineFeed = end < limit && buf[end] == '\r';
    if (line == 1 && to - from >= 3 && (buf[from] & 0xff) == 0xef && (buf[from + 1] & 0xff) == 0xbb && (buf[from + 2] & 0xff) == 0xbf) {
      from += 3;
      chars--;
    }
    return true;
  }

  /** The index of the first {@code \n} or {@code \r} from {@code i}, or {@link #limit}. */
  private int lineBreak(int i) {
    byte[] b = buf;
    int n = limit;
    while (i + 8 <= n) {
      long x = (long) LONGS.get(b, i);
      long lf = x ^ LINE_FEEDS;
      long cr = x ^ CARRIAGE_RETURNS;
      // A byte that was a break is now zero in one of the two; the lowest flagged byte is a true one.
      long zero = ((lf - LOW_BITS) & ~lf | (cr - LOW_BITS) & ~cr) & HIGH_BITS;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
      i += 8;
    }
    while (i < n) {
      byte c = b[i];
      if (c == '\n' || c == '\r') {
        return i;
      }
      i++;
    }
    return n;
  }

  /**
   * Reads more bytes, first moving what is left to the start of the buffer.
   *
   * @return how far the bytes moved
   */
  private int fill() throws IOException {
    int shift = pos;
    if (buf.length > FIRST_SIZE && limit - shift <= FIRST_SIZE / 2) {
      // After a long line, the rest of the stream does not keep its buffer.
      byte[] smaller = new byte[FIRST_SIZE];
      System.arraycopy(buf, shift, smaller, 0, limit - shift);
      buf = smaller;
      limit -= shift;
      pos = 0;
    } else if (shift > 0) {
      System.arraycopy(buf, shift, buf, 0, limit - shift);
      limit -= shift;
      pos = 0;
    }
    if (limit == buf.length) {
      // The current line fills the buffer.
      if (buf.length >= maxLineBytes) {
        ended = true;
        throw new FormatException(Location.at(source, line, 1), "expected a line break within " + maxLineBytes
            + " bytes but found a longer line");
      }
      buf = Arrays.copyOf(buf, (int) Math.min(2L * buf.length, maxLineBytes));
    }
    int n;
    do {
      n = in.read(buf, limit, buf.length - limit);
    } while (n == 0);
    if (n < 0) {
      endOfInput = true;
    } else {
      limit += n;
    }
    return shift;
  }

  /**
   * Checks bytes of the current line as UTF-8 and adds their characters to {@link #chars}.
   *
   * @return {@code to}, or where the first character that is not whole before it starts
   */
  private int check(int i, int to) {
    byte[] b = buf;
    int n = chars;
    while (i < to) {
      // Text is mostly ASCII: eight bytes at a time while none has its high bit set.
      while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
        i += 8;
        n += 8;
      }
      if (i == to) {
        break;
      }
      int c = b[i];
      if (c >= 0) {
        i++;
        n++;
        continue;
      }
      int length = Utf8.sequenceLength(b, i, to);
      if (length == 0) {
        break;
      }
      i += length;
      // A character of four bytes is two UTF-16 chars.
      n += length == 4 ? 2 : 1;
    }
    chars = n;
    return i;
  }

  /**
   * The JDK decoder's view of the bytes read from {@code at}, where a character is not whole:
   * malformed, with its length, or the start of a character that more bytes may complete.
   */
  private CoderResult measure(int at) {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(buf, at, Math.min(at + 4, limit) - at), CharBuffer.allocate(8), false);
  }

  /** The refusal of the sequence at {@code at}, in the words of {@link Utf8Reader}. */
  private FormatException refusal(int at, CoderResult measured) {
    ended = true;
    // No error while more bytes might come: the start of a character that the end of the text cut off.
    boolean cutOff = !measured.isError();
    int length = cutOff ? limit - at : measured.length();
    return Utf8Reader.refusal(source, line, chars + 1, buf, at, length, cutOff);
  }

  @Override
  public boolean isDashes() {
    return to - from == 3 && buf[from] == '-' && buf[from + 1] == '-' && buf[from + 2] == '-';
  }

  @Override
  public boolean isBlank() {
    boolean wide = false;
    for (int i = from; i < to; i++) {
      int c = buf[i];
      if (c < 0) {
        wide = true;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    // Only ASCII white space and wider characters, which may be white space too.
    return !wide || text().isBlank();
  }

  @Override
  public void addTo(BodyText.Builder body) {
    body.add(buf, from, to, chars);
  }

  @Override
  public String text() {
    return new String(buf, from, to - from, StandardCharsets.UTF_8);
  }
}
