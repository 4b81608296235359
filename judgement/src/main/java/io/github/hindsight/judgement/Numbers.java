package io.github.hindsight.judgement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one way figures are written in explanations and reports, whatever the default locale. */
final class Numbers {
  /**
   * Beyond this the digits a {@code double} prints as and those {@code %f} rounds can part: the
   * formatter is asked instead. No score comes near it.
   */
  private static final double LARGEST_PLAIN = 1e15;

  private Numbers() {}

  /**
   * Two places: the digits {@link Double#toString(double)} gives the value, rounded half up, and a
   * minus sign for any negative value, zero included. On Java 17 this is what
   * {@code String.format(Locale.ROOT, "%.2f", value)} writes, as a property test checks; it is
   * written without {@link java.util.Formatter}, whose first use looks up the locale's digits,
   * which is a large part of a short command's run.
   *
   * @param value the figure
   * @return it with two places: {@code 2.00}, {@code -0.50}
   */
  static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= LARGEST_PLAIN) {
      return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
    String magnitude = twoPlaces(Math.abs(value)).toPlainString();
    return Double.compare(value, 0.0) < 0 ? "-" + magnitude : magnitude;
  }

  /** @return two places at most, without trailing zeros: {@code 2}, {@code 0.5} */
  static String compact(double value) {
    return twoPlaces(value).stripTrailingZeros().toPlainString();
  }

  /** The value's {@link Double#toString(double)} digits, rounded half up to two places. */
  private static BigDecimal twoPlaces(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
