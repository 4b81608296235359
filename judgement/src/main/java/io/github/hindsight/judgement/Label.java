package io.github.hindsight.judgement;

import java.util.Locale;

/** How decisive a verdict is, by the margin between the leader and the runner-up. */
public enum Label {
  /** The margin meets the higher standard of the {@link LabelStandard}. */
  CLEAR,
  /** The margin meets the lower standard but not the higher one. */
  NARROW,
  /** The margin meets neither standard: the result could go either way. */
  CONTESTED;

  /**
   * The lower-case word used in text formats.
   *
   * @return the word, such as {@code clear}
   */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
