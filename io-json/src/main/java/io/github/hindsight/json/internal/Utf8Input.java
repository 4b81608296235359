package io.github.hindsight.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document's bytes as Jackson is to see them: checked by {@link Utf8} on the way through. The
 * bytes before a sequence that is not UTF-8 are handed over first, and the next read fails with
 * {@link NotUtf8}, so that the parser stands exactly where the bad bytes start and its line and
 * column say where they are.
 *
 * <p>Not thread-safe: one per parser.
 */
final class Utf8Input extends InputStream {
  /** The bytes of a document are not UTF-8 at a byte offset. */
  static final class NotUtf8 extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    NotUtf8(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /** @return the line, from 1, when it was found before the parser was made; 0 otherwise */
    int line() {
      return line;
    }

    /** @return the column, from 1, when {@link #line()} is known */
    int column() {
      return column;
    }
  }

  private final InputStream in;
  private final byte[] buf = new byte[8192];
  /** Handed over: {@code [0, pos)}; checked: {@code [pos, checked)}; the start of a character cut off: {@code [checked, end)}. */
  private int pos;
  private int checked;
  private int end;
  private long handedOver;
  /** The line and the offset of its start among the first bytes handed over, for a problem found before the parser exists. */
  private int headLine = 1;
  private int headLineStart;
  private @Nullable NotUtf8 failure;
  /** Whether a read found the end of the input, with every byte before it handed over. */
  private boolean ended;

  Utf8Input(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  @Override
  public int read() throws IOException {
    if (pos == checked && !fill()) {
      return -1;
    }
    head(pos, pos + 1);
    return buf[pos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    if (pos == checked && !fill()) {
      return -1;
    }
    int n = Math.min(len, checked - pos);
    System.arraycopy(buf, pos, b, off, n);
    head(pos, pos + n);
    pos += n;
    return n;
  }

  /** @return whether a read found the end of the input: every byte has been handed over */
  boolean ended() {
    return ended;
  }

  /** Counts bytes handed over, and the lines among the first four. */
  private void head(int from, int to) {
    int i = from;
    for (; i < to && handedOver < 4; i++, handedOver++) {
      if (buf[i] == '\n') {
        headLine++;
        headLineStart = (int) handedOver + 1;
      }
    }
    handedOver += to - i;
  }

  /** Makes checked bytes ready; false at the end of the input. */
  private boolean fill() throws IOException {
    if (failure != null) {
      throw failure;
    }
    System.arraycopy(buf, checked, buf, 0, end - checked);
    end -= checked;
    pos = 0;
    checked = 0;
    while (true) {
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        if (end == 0) {
          ended = true;
          return false;
        }
        // The input ends inside a character.
        return refuse(0);
      }
      end += n;
      int stop = Utf8.check(buf, 0, end);
      if (stop == end || Utf8.mayContinue(buf, stop, end)) {
        checked = stop;
        if (checked > 0) {
          return true;
        }
      } else {
        return refuse(stop);
      }
    }
  }

  /** Hands over the bytes before the bad ones, if any, and fails on the read after. */
  private boolean refuse(int at) throws IOException {
    // Before the parser exists (it reads the first four bytes to guess the encoding), only the
    // bytes seen here can say where the problem is.
    int line = 0;
    int column = 0;
    if (handedOver + at < 4) {
      line = headLine;
      long lineStart = headLineStart;
      for (int i = 0; i < at; i++) {
        if (buf[i] == '\n') {
          line++;
          lineStart = handedOver + i + 1;
        }
      }
      column = (int) (handedOver + at - lineStart) + 1;
    }
    failure = new NotUtf8(Utf8.problem(buf, at, end), line, column);
    checked = at;
    if (at > 0) {
      return true;
    }
    throw failure;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
