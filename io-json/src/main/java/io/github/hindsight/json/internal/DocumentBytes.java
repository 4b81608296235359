package io.github.hindsight.json.internal;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole {@code .json} document in memory, read before any of it is parsed, so that a document
 * over {@link Json#MAX_DOCUMENT_LENGTH} is refused with that one problem, as soon as the limit is
 * passed, instead of first being turned into a model larger than the heap. Its bytes cost far less
 * than the model made of them.
 *
 * <p>Not thread-safe: one per read.
 */
final class DocumentBytes extends InputStream {
  private static final byte[] EMPTY = new byte[0];
  private final List<byte[]> chunks;
  private final int lastLength;
  private int chunk;
  private int pos;

  private DocumentBytes(List<byte[]> chunks, int lastLength) {
    this.chunks = chunks;
    this.lastLength = lastLength;
  }

  /**
   * Reads a whole document.
   *
   * @param in the document
   * @param source its name for locations
   * @param limit the most bytes it may have
   * @return its bytes, to be read once
   * @throws FormatException if it has more than {@code limit} bytes
   * @throws IOException if it cannot be read
   */
  static InputStream read(InputStream in, String source, long limit) throws IOException {
    List<byte[]> chunks = new ArrayList<>();
    // Small documents stay small; large ones grow by doubling chunks, never copied.
    byte[] current = new byte[8192];
    int length = 0;
    long total = 0;
    while (true) {
      if (length == current.length) {
        chunks.add(current);
        current = new byte[Math.min(current.length * 2, 16 << 20)];
        length = 0;
      }
      int n = in.read(current, length, current.length - length);
      if (n < 0) {
        break;
      }
      length += n;
      total += n;
      if (total > limit) {
        chunks.add(current);
        throw new FormatException(where(chunks, limit, source), "the document breaks a limit of Hindsight JSON: it is longer than "
            + limit + " bytes (" + (limit >> 20) + " MiB), the most one .json document may have; put a larger corpus in JSON Lines");
      }
    }
    chunks.add(current);
    return new DocumentBytes(chunks, length);
  }

  /** The line and column of a byte offset, counted in the chunks read. */
  private static Location where(List<byte[]> chunks, long offset, String source) {
    int line = 1;
    long lineStart = 0;
    long at = 0;
    for (byte[] c : chunks) {
      for (int i = 0; i < c.length && at < offset; i++, at++) {
        if (c[i] == '\n') {
          line++;
          lineStart = at + 1;
        }
      }
    }
    return Location.at(source, line, (int) Math.min(Integer.MAX_VALUE, offset - lineStart + 1));
  }

  private int length(int index) {
    byte[] c = chunks.get(index);
    return index == chunks.size() - 1 && c != EMPTY ? lastLength : c.length;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    while (chunk < chunks.size() && pos == length(chunk)) {
      // What the parser has had can go before the model made of it grows.
      chunks.set(chunk, EMPTY);
      chunk++;
      pos = 0;
    }
    if (chunk == chunks.size()) {
      return -1;
    }
    int n = Math.min(len, length(chunk) - pos);
    System.arraycopy(chunks.get(chunk), pos, b, off, n);
    pos += n;
    return n;
  }
}
