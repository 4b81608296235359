package io.github.hindsight.judgement;

import org.immutables.value.Value;

/**
 * The standard by which a margin earns a label, borrowed in spirit from the standards of proof
 * in law: a margin of at least {@link #clearMargin()} is <em>clear</em> (as evidence that is
 * "clear and convincing"), one of at least {@link #narrowMargin()} is <em>narrow</em> (it tips
 * the balance, as a "preponderance of the evidence" does), and anything less is
 * <em>contested</em>. Margins are differences of totals, so they lie between 0 and 1.
 */
@Value.Immutable
abstract class AbstractLabelStandard {
  /** @return the least margin for {@link Label#CLEAR}; 0.15 unless set */
  @Value.Default
  public double clearMargin() {
    return 0.15;
  }

  /** @return the least margin for {@link Label#NARROW}; 0.05 unless set */
  @Value.Default
  public double narrowMargin() {
    return 0.05;
  }

  /** @return the name of the higher standard, used in explanations */
  @Value.Default
  public String clearName() {
    return "clear and convincing";
  }

  /** @return the name of the lower standard, used in explanations */
  @Value.Default
  public String narrowName() {
    return "preponderance of the evidence";
  }

  /**
   * The label a margin earns.
   *
   * @param margin the leader's total minus the runner-up's
   * @return the label
   */
  public Label label(double margin) {
    // A margin computed as a difference of sums may fall short of a threshold by rounding alone.
    double m = margin + 1e-12;
    if (m >= clearMargin()) {
      return Label.CLEAR;
    }
    return m >= narrowMargin() ? Label.NARROW : Label.CONTESTED;
  }

  /**
   * Why a margin earns its label, in a sentence.
   *
   * @param margin the leader's total minus the runner-up's
   * @return the explanation, such as {@code a margin of 0.25 meets the 'clear and convincing'
   *     standard (at least 0.15)}
   */
  public String explain(double margin) {
    String m = Numbers.format(margin);
    switch (label(margin)) {
      case CLEAR:
        return "a margin of " + m + " meets the '" + clearName() + "' standard (at least " + Numbers.format(clearMargin()) + ")";
      case NARROW:
        return "a margin of " + m + " meets the '" + narrowName() + "' standard (at least " + Numbers.format(narrowMargin())
            + ") but not the '" + clearName() + "' standard (at least " + Numbers.format(clearMargin()) + ")";
      default:
        return "a margin of " + m + " falls short of the '" + narrowName() + "' standard (at least "
            + Numbers.format(narrowMargin()) + ")";
    }
  }

  @Value.Check
  void check() {
    if (!(narrowMargin() >= 0) || !(clearMargin() <= 1) || narrowMargin() > clearMargin()) {
      throw new IllegalArgumentException("LabelStandard: expected 0 <= narrowMargin <= clearMargin <= 1 but found narrowMargin "
          + narrowMargin() + " and clearMargin " + clearMargin());
    }
    if (clearName().isBlank() || narrowName().isBlank()) {
      throw new IllegalArgumentException("LabelStandard: the names of the standards must not be blank");
    }
  }
}
