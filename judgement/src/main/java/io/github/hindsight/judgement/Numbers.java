package io.github.hindsight.judgement;

import java.util.Locale;

/** The one way figures are written in explanations and reports, whatever the default locale. */
final class Numbers {
  private Numbers() {}

  static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** @return two places at most, without trailing zeros: {@code 2}, {@code 0.5} */
  static String compact(double value) {
    return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
