package io.github.hindsight.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The lines of JSON Lines input are those of the rule, however the input arrives: split on LF,
 * a CR before it dropped, a byte-order mark dropped from the first line, a line longer than the
 * limit flagged, and the same whether the stream hands over one byte at a time or many.
 */
class LineInputTest {

  /** One line as the rule reads it. */
  record Line(String bytes, boolean tooLong) {}

  /** The rule, written out byte by byte. */
  static List<Line> expected(byte[] input, int maxLength) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start < input.length) {
      int end = start;
      while (end < input.length && input[end] != '\n') {
        end++;
      }
      int kept = Math.min(end - start, maxLength);
      byte[] line = Arrays.copyOfRange(input, start, start + kept);
      if (line.length > 0 && line[line.length - 1] == '\r') {
        line = Arrays.copyOf(line, line.length - 1);
      }
      if (lines.isEmpty() && line.length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
        line = Arrays.copyOfRange(line, 3, line.length);
      }
      lines.add(new Line(Arrays.toString(line), end - start > maxLength));
      start = end + 1;
    }
    return lines;
  }

  static List<Line> read(InputStream in, int maxLength) throws IOException {
    LineInput input = new LineInput(in, maxLength);
    List<Line> lines = new ArrayList<>();
    while (input.next()) {
      assertThat(input.number()).isEqualTo(lines.size() + 1);
      lines.add(new Line(Arrays.toString(Arrays.copyOf(input.bytes(), input.length())), input.tooLong()));
    }
    assertThat(input.next()).isFalse();
    return lines;
  }

  @Property(tries = 300)
  void linesAreThoseOfTheRuleHoweverTheBytesArrive(@ForAll("input") byte[] input,
      @ForAll @IntRange(min = 1, max = 40) int maxLength, @ForAll @IntRange(min = 1, max = 9000) int readSize) throws IOException {
    Statistics.label("too long").collect(expected(input, maxLength).stream().anyMatch(Line::tooLong));
    assertThat(read(new ShortReads(input, readSize), maxLength)).isEqualTo(expected(input, maxLength));
  }

  @Property(tries = 50)
  void linesLongerThanAChunkAreKeptWhole(@ForAll @IntRange(min = 8000, max = 40_000) int lineLength,
      @ForAll @IntRange(min = 1, max = 3) int count) throws IOException {
    byte[] input = new byte[(lineLength + 1) * count];
    for (int i = 0; i < input.length; i++) {
      input[i] = (i + 1) % (lineLength + 1) == 0 ? (byte) '\n' : (byte) ('a' + i % 26);
    }
    assertThat(read(new ByteArrayInputStream(input), 1 << 20)).isEqualTo(expected(input, 1 << 20));
    assertThat(read(new ByteArrayInputStream(input), lineLength - 1)).allMatch(Line::tooLong);
  }

  @Provide
  Arbitrary<byte[]> input() {
    // Few kinds of bytes, so that line ends, CRs and byte-order marks are frequent.
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        Arbitraries.just(new byte[] {'\n'}),
        Arbitraries.just(new byte[] {'\r', '\n'}),
        Arbitraries.just(new byte[] {'\r'}),
        Arbitraries.just(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(30));
    return piece.list().ofMaxSize(60).map(LineInputTest::joined);
  }

  /** The pieces one after another. */
  static byte[] joined(List<byte[]> pieces) {
    int size = pieces.stream().mapToInt(p -> p.length).sum();
    byte[] out = new byte[size];
    int at = 0;
    for (byte[] p : pieces) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  /** A stream that gives at most a few bytes at each read, as a pipe or a socket may. */
  static final class ShortReads extends ByteArrayInputStream {
    private final int most;

    ShortReads(byte[] bytes, int most) {
      super(bytes);
      this.most = most;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, most));
    }
  }
}
