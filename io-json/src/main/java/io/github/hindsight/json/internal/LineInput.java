package io.github.hindsight.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits bytes into lines on LF (a CR before it is dropped), one line in memory at a time. A
 * line longer than the limit is skipped to its end and reported as such, so that a corpus with
 * one runaway line can still be read.
 */
final class LineInput {
  private final InputStream in;
  private final int maxLength;
  private final byte[] chunk = new byte[8192];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[256];
  private int length;
  private int number;
  private boolean tooLong;
  private boolean eof;

  LineInput(InputStream in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /**
   * Reads the next line; false at the end of the input. The chunk is scanned for the line's end
   * and each run of it copied at once: the caller's thread splits the lines while others parse
   * them, so this loop is the part of a parallel read that no second thread can share.
   */
  boolean next() throws IOException {
    if (eof) {
      return false;
    }
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkEnd) {
        chunkEnd = in.read(chunk, 0, chunk.length);
        chunkPos = 0;
        if (chunkEnd <= 0) {
          chunkEnd = 0;
          eof = true;
          if (!any) {
            return false;
          }
          break;
        }
      }
      any = true;
      int end = Utf8.lineFeed(chunk, chunkPos, chunkEnd);
      append(chunkPos, end - chunkPos);
      if (end < chunkEnd) {
        chunkPos = end + 1;
        break;
      }
      chunkPos = end;
    }
    number++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (number == 1 && length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
      System.arraycopy(line, 3, line, 0, length - 3);
      length -= 3;
    }
    return true;
  }

  /** Keeps what fits of a run of the chunk under the limit; the rest marks the line too long. */
  private void append(int from, int count) {
    int kept = Math.min(count, maxLength - length);
    if (kept < count) {
      tooLong = true;
    }
    if (length + kept > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(Math.max((long) line.length * 2, length + kept), maxLength));
    }
    System.arraycopy(chunk, from, line, length, kept);
    length += kept;
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** The number of the current line, from 1. */
  int number() {
    return number;
  }

  boolean tooLong() {
    return tooLong;
  }

  boolean blank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
