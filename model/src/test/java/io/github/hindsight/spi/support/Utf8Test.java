package io.github.hindsight.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The check of one character's bytes keeps the rule of the JDK's strict UTF-8 decoder. */
class Utf8Test {
  @Property(tries = 3000)
  void aCharacterIsAsLongAsTheStrictDecoderReadsIt(@ForAll @Size(min = 1, max = 5) byte[] bytes) {
    bytes[0] |= (byte) 0x80;
    int expected = 0;
    for (int k = 2; k <= Math.min(4, bytes.length) && expected == 0; k++) {
      expected = decodesAsOneCharacter(bytes, k) ? k : 0;
    }
    assertThat(Utf8.sequenceLength(bytes, 0, bytes.length)).isEqualTo(expected);
  }

  @Property(tries = 500)
  void aCharacterCutOffByTheEndOfTheRangeIsRefused(@ForAll @Size(min = 2, max = 4) byte[] bytes) {
    bytes[0] |= (byte) 0x80;
    int whole = Utf8.sequenceLength(bytes, 0, bytes.length);
    if (whole > 1) {
      assertThat(Utf8.sequenceLength(bytes, 0, whole - 1)).isZero();
    }
  }

  @Test
  void theWellKnownCasesAreReadAsUnicodeSaysAndNullOrAnIndexOutsideIsRefused() {
    assertThat(Utf8.sequenceLength("é".getBytes(StandardCharsets.UTF_8), 0, 2)).isEqualTo(2);
    assertThat(Utf8.sequenceLength("—".getBytes(StandardCharsets.UTF_8), 0, 3)).isEqualTo(3);
    assertThat(Utf8.sequenceLength("\uD83C\uDF0D".getBytes(StandardCharsets.UTF_8), 0, 4)).isEqualTo(4);
    // An overlong 'A', an encoded surrogate, a code point above U+10FFFF, a lone continuation byte.
    assertThat(Utf8.sequenceLength(new byte[] {(byte) 0xC1, (byte) 0x81}, 0, 2)).isZero();
    assertThat(Utf8.sequenceLength(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3)).isZero();
    assertThat(Utf8.sequenceLength(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, 4)).isZero();
    assertThat(Utf8.sequenceLength(new byte[] {(byte) 0x80}, 0, 1)).isZero();
    // ASCII is not measured here: a zero byte, which the JSON readers refuse, and a letter both give 0.
    assertThat(Utf8.sequenceLength(new byte[] {0, 'a'}, 0, 2)).isZero();
    assertThat(Utf8.sequenceLength(new byte[] {'a'}, 0, 1)).isZero();
    assertThatThrownBy(() -> Utf8.sequenceLength(null, 0, 1)).isInstanceOf(NullPointerException.class).hasMessage("bytes");
    assertThatThrownBy(() -> Utf8.sequenceLength(new byte[2], 2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Utf8.sequenceLength(new byte[2], 0, 3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static boolean decodesAsOneCharacter(byte[] bytes, int length) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
      return s.codePointCount(0, s.length()) == 1;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
