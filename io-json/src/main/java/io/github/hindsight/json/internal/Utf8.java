package io.github.hindsight.json.internal;

import static io.github.hindsight.spi.support.Utf8.sequenceLength;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The one decoding rule of both formats: the bytes are UTF-8, checked before Jackson sees them,
 * because Jackson decodes some sequences that are not UTF-8 (a lead byte above {@code F4}, an
 * overlong form such as {@code C1 81} for {@code A}) without a word, and guesses UTF-16 or UTF-32
 * from zero bytes. A zero byte is refused too: JSON has none, in a string or out of one, so one
 * means the file is not UTF-8 at all.
 *
 * <p>Stateless and thread-safe.
 */
final class Utf8 {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long LINE_FEEDS = 0x0a0a0a0a0a0a0a0aL;

  private Utf8() {}

  /**
   * Checks bytes as UTF-8 with no zero byte.
   *
   * @param b the bytes
   * @param from the first to check
   * @param to after the last to check
   * @return {@code to} if every character in the range is whole and valid, or else the index
   *     where the first one that is not starts; see {@link #mayContinue} for one cut at the end
   */
  static int check(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      // Text is mostly ASCII: sixteen, then eight bytes at a time while none has its high bit set
      // or is zero; testing two words at once halves the branches taken per byte.
      while (i + 16 <= to) {
        long x = (long) LONGS.get(b, i);
        long y = (long) LONGS.get(b, i + 8);
        if (((x | ((x - LOW_BITS) & ~x) | y | ((y - LOW_BITS) & ~y)) & HIGH_BITS) != 0) {
          break;
        }
        i += 16;
      }
      while (i + 8 <= to) {
        long x = (long) LONGS.get(b, i);
        if (((x | ((x - LOW_BITS) & ~x)) & HIGH_BITS) != 0) {
          break;
        }
        i += 8;
      }
      if (i == to) {
        return i;
      }
      int c = b[i];
      if (c > 0) {
        i++;
        continue;
      }
      int n = sequenceLength(b, i, to);
      if (n <= 0) {
        return i;
      }
      i += n;
    }
    return i;
  }

  /**
   * Finds a line feed, eight bytes at a time: a line of JSON Lines is split on it before anything
   * else looks at its bytes.
   *
   * @param b the bytes
   * @param from the first to look at
   * @param to after the last to look at
   * @return the index of the first line feed in the range, or {@code to} if there is none
   */
  static int lineFeed(byte[] b, int from, int to) {
    int i = from;
    while (i + 8 <= to) {
      long x = (long) LONGS.get(b, i) ^ LINE_FEEDS;
      // A byte that was a line feed is now zero; the lowest flagged byte is always a true one.
      long zero = (x - LOW_BITS) & ~x & HIGH_BITS;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
      i += 8;
    }
    while (i < to && b[i] != '\n') {
      i++;
    }
    return i;
  }

  /**
   * Whether the bytes from an index to the end of the range, where {@link #check} stopped, are the
   * start of a character that more bytes may complete.
   *
   * @param b the bytes
   * @param i where {@code check} stopped
   * @param to the end of the range
   * @return true if more bytes could make them valid
   */
  static boolean mayContinue(byte[] b, int i, int to) {
    int c = b[i] & 0xff;
    int n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (n == 0 || to - i >= n) {
      return false;
    }
    // Complete the cut character with the smallest continuation bytes and check it whole.
    byte[] whole = new byte[n];
    System.arraycopy(b, i, whole, 0, to - i);
    for (int k = to - i; k < n; k++) {
      whole[k] = (byte) (k == 1 ? (c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80) : 0x80);
    }
    return sequenceLength(whole, 0, n) == n;
  }

  /**
   * What was found where {@link #check} stopped, in the words of a problem.
   *
   * @param b the bytes
   * @param i where it stopped
   * @param to the end of the bytes known
   * @return the message
   */
  static String problem(byte[] b, int i, int to) {
    if (b[i] == 0) {
      return "expected UTF-8 but found a zero byte, which UTF-8 JSON never has; Hindsight reads UTF-8 only,"
          + " so save the file as UTF-8 if it is UTF-16 or UTF-32";
    }
    StringBuilder found = new StringBuilder(String.format("%02X", b[i] & 0xff));
    int end = i + 1;
    while (end < to && end < i + 4 && (b[end] & 0xc0) == 0x80) {
      found.append(' ').append(String.format("%02X", b[end] & 0xff));
      end++;
    }
    return "expected UTF-8 but found the " + (end - i == 1 ? "byte " : "bytes ") + found
        + ", which " + (end - i == 1 ? "is" : "are") + " not UTF-8; Hindsight reads UTF-8 only";
  }
}
