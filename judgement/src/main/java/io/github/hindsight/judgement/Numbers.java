package io.github.hindsight.judgement;

import java.util.Locale;

/** The one way figures are written in explanations and reports, whatever the default locale. */
final class Numbers {
  private Numbers() {}

  static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
