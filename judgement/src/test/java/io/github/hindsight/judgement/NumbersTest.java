package io.github.hindsight.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Property(tries = 5000)
  void formatWritesWhatTheFormatterWrites(@ForAll("figures") double value) {
    assertThat(Numbers.format(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
  }

  @Test
  void formatRoundsTheShortestDigitsHalfUpAndKeepsTheSignOfNegativeZero() {
    assertThat(Numbers.format(0.125)).isEqualTo("0.13");
    assertThat(Numbers.format(1.005)).isEqualTo("1.01");
    assertThat(Numbers.format(-0.001)).isEqualTo("-0.00");
    assertThat(Numbers.format(-0.0)).isEqualTo("-0.00");
    assertThat(Numbers.format(0.0)).isEqualTo("0.00");
    assertThat(Numbers.format(2)).isEqualTo("2.00");
    assertThat(Numbers.format(Double.NaN)).isEqualTo("NaN");
    assertThat(Numbers.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    assertThat(Numbers.format(1e300)).isEqualTo(String.format(Locale.ROOT, "%.2f", 1e300));
  }

  /** Scores and weights as they come, values at the edge of two places, and any double at all. */
  @Provide
  Arbitrary<Double> figures() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1000, 1000),
        Arbitraries.integers().between(-100_000, 100_000).map(i -> i / 1000.0),
        Arbitraries.integers().between(-100_000, 100_000).map(i -> i / 1000.0 + 0.005),
        Arbitraries.doubles().between(-1e16, 1e16),
        Arbitraries.longs().map(Double::longBitsToDouble));
  }
}
