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

  /** Reads the next line; false at the end of the input. */
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
      byte b = chunk[chunkPos++];
      if (b == '\n') {
        break;
      }
      if (length == maxLength) {
        tooLong = true;
        continue;
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2, maxLength));
      }
      line[length++] = b;
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
