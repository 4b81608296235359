package io.github.hindsight.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The check of the bytes stops where the JDK's strict UTF-8 decoder finds the first sequence it
 * refuses, or at the first zero byte, whichever comes first, and the first line feed is found,
 * wherever these fall among the words that are read at once.
 */
class Utf8Test {

  /** The rule as the JDK decodes it: the start of the first refused or cut sequence, or of a zero byte. */
  static int expected(byte[] b, int from, int to) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(2 * (to - from) + 2), true);
    int refused = result.isError() ? in.position() : to;
    for (int i = from; i < refused; i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return refused;
  }

  @Property(tries = 3000)
  void theCheckStopsWhereTheDecoderRefuses(@ForAll("text") byte[] b, @ForAll("cut") int cutFromEnd) {
    int to = Math.max(0, b.length - cutFromEnd);
    assertThat(Utf8.check(b, 0, to)).isEqualTo(expected(b, 0, to));
    if (to > 3) {
      assertThat(Utf8.check(b, 3, to)).isEqualTo(expected(b, 3, to));
    }
  }

  @Property(tries = 1000)
  void theFirstLineFeedIsFound(@ForAll("text") byte[] b, @ForAll("cut") int from) {
    int start = Math.min(from, b.length);
    int expected = start;
    while (expected < b.length && b[expected] != '\n') {
      expected++;
    }
    assertThat(Utf8.lineFeed(b, start, b.length)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Integer> cut() {
    return Arbitraries.integers().between(0, 3);
  }

  /** Runs of ASCII, long enough to be read by the word, broken now and then by other bytes. */
  @Provide
  Arbitrary<byte[]> text() {
    Arbitrary<byte[]> ascii = Arbitraries.bytes().between((byte) 1, (byte) 0x7f).array(byte[].class).ofMaxSize(40);
    Arbitrary<byte[]> other = Arbitraries.oneOf(
        Arbitraries.of(List.of(new byte[] {0}, new byte[] {(byte) 0xc3, (byte) 0xa9}, new byte[] {(byte) 0xe2, (byte) 0x82, (byte) 0xac},
            new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80}, new byte[] {(byte) 0xc1, (byte) 0x81},
            new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xf5, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x82})),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(3));
    return Arbitraries.oneOf(ascii, other).list().ofMaxSize(12).map(LineInputTest::joined);
  }
}
