package io.github.hindsight.markdown.internal;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of a Markdown text as characters, by the one decoding rule of every format: UTF-8
 * and nothing else. A sequence that is not UTF-8 (a byte UTF-8 never uses, an overlong form, an
 * encoded surrogate, a character cut off at the end) is refused, in strict and lenient reading
 * alike, with its line and column: the characters before it are handed over first, and the next
 * read throws a {@link FormatException}. After that the text ends, so that a stream of documents
 * stops instead of failing again.
 *
 * <p>Not thread-safe: one per text.
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final String source;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean endOfInput;
  private boolean failed;
  private boolean done;
  private @Nullable FormatException failure;
  /** Where the next character is: its line, and its column among the characters of that line. */
  private int line = 1;
  private int column = 1;
  private boolean afterCr;
  /** The second half of a character of two chars, when the caller had room for one only. */
  private char pendingLow;

  Utf8Reader(InputStream in, String source) {
    this.in = Objects.requireNonNull(in, "in");
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (failure != null) {
      FormatException f = failure;
      failure = null;
      failed = true;
      throw f;
    }
    if (failed || done) {
      return -1;
    }
    if (len == 0) {
      return 0;
    }
    if (pendingLow != 0) {
      cbuf[off] = pendingLow;
      pendingLow = 0;
      count(cbuf, off, 1);
      return 1;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    int malformed = 0;
    while (out.position() == off && !done) {
      CoderResult r = decoder.decode(bytes, out, endOfInput);
      if (r.isOverflow() && out.position() == off) {
        // Room for one char, and the next character takes two: hand over its first half now.
        CharBuffer pair = CharBuffer.allocate(2);
        decoder.decode(bytes, pair, endOfInput);
        cbuf[off] = pair.get(0);
        pendingLow = pair.get(1);
        count(cbuf, off, 1);
        return 1;
      }
      if (r.isError()) {
        malformed = r.length();
        break;
      }
      if (r.isUnderflow()) {
        if (endOfInput) {
          // UTF-8 keeps no state to flush; the decoder may not be used after this.
          decoder.flush(out);
          done = true;
        } else {
          fill();
        }
      }
    }
    int n = out.position() - off;
    count(cbuf, off, n);
    if (malformed > 0) {
      // Located after the characters before it are counted.
      failure = refusal(malformed);
      if (n == 0) {
        return read(cbuf, off, len);
      }
    }
    return n == 0 ? -1 : n;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private void count(char[] cbuf, int off, int n) {
    for (int i = off; i < off + n; i++) {
      char c = cbuf[i];
      if (c == '\n' && afterCr) {
        afterCr = false;
      } else if (c == '\n' || c == '\r') {
        line++;
        column = 1;
        afterCr = c == '\r';
      } else {
        afterCr = false;
        // Columns count chars, as every other Markdown location does.
        column++;
      }
    }
  }

  private FormatException refusal(int length) {
    int at = bytes.position();
    return refusal(source, line, column, bytes.array(), bytes.arrayOffset() + at, Math.min(length, bytes.limit() - at),
        endOfInput && at + length == bytes.limit());
  }

  /**
   * The refusal of a sequence that is not UTF-8, in the words of every Markdown reader.
   *
   * @param source the name of the text
   * @param line the line of the sequence
   * @param column its column, in characters
   * @param b bytes that hold it
   * @param at where it starts
   * @param length how many bytes the decoder refused
   * @param atEnd whether they are the last bytes of the text, and were refused only once it ended
   * @return the problem
   */
  static FormatException refusal(String source, int line, int column, byte[] b, int at, int length, boolean atEnd) {
    StringBuilder found = new StringBuilder();
    for (int k = 0; k < length; k++) {
      found.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", b[at + k] & 0xff));
    }
    boolean one = length == 1;
    String what = atEnd && (b[at] & 0xc0) == 0xc0
        ? "a character cut off at the end: the " + (one ? "byte " : "bytes ") + found
        : "the " + (one ? "byte " : "bytes ") + found + ", which " + (one ? "is" : "are") + " not UTF-8";
    return new FormatException(Location.at(source, line, column), "expected UTF-8 but found " + what + "; Hindsight reads UTF-8 only");
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }
}
