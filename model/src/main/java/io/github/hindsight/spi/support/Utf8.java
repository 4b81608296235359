package io.github.hindsight.spi.support;

import java.util.Objects;

/**
 * The one decoding rule of every format, for a reader that checks bytes itself rather than
 * through a {@link java.nio.charset.CharsetDecoder}: UTF-8 as Unicode defines it, with no overlong
 * form, no encoded surrogate and nothing above U+10FFFF. This is the rule the JDK's own UTF-8
 * decoder keeps when it reports malformed input.
 *
 * <p>Stateless and thread-safe.
 */
public final class Utf8 {
  private Utf8() {}

  /**
   * The length of the character that starts at an index with a byte that is not ASCII. An ASCII
   * byte is a character of one byte, which this does not measure: for one it returns 0, as for
   * bytes that are not UTF-8, so that a reader that refuses some ASCII (the JSON readers refuse a
   * zero byte) can send those bytes here and have them refused too.
   *
   * @param bytes the bytes
   * @param at where the character starts
   * @param to where the bytes that may hold it end
   * @return 2, 3 or 4; or 0 if the byte at {@code at} is ASCII, the bytes there are not UTF-8 or the
   *     character is cut off by {@code to}
   * @throws NullPointerException if {@code bytes} is null
   * @throws IndexOutOfBoundsException if {@code at} is not an index before {@code to}, or {@code to} is past the end
   */
  public static int sequenceLength(byte[] bytes, int at, int to) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.checkFromToIndex(at, to, bytes.length);
    Objects.checkIndex(at, to);
    int c = bytes[at] & 0xff;
    int n;
    int low = 0x80;
    int high = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      n = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 3;
      // No overlong form, and no surrogate, which UTF-8 never encodes.
      low = c == 0xe0 ? 0xa0 : 0x80;
      high = c == 0xed ? 0x9f : 0xbf;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 4;
      // No overlong form, and nothing above U+10FFFF.
      low = c == 0xf0 ? 0x90 : 0x80;
      high = c == 0xf4 ? 0x8f : 0xbf;
    } else {
      return 0;
    }
    if (at + n > to) {
      return 0;
    }
    int second = bytes[at + 1] & 0xff;
    if (second < low || second > high) {
      return 0;
    }
    for (int k = 2; k < n; k++) {
      if ((bytes[at + k] & 0xc0) != 0x80) {
        return 0;
      }
    }
    return n;
  }
}
