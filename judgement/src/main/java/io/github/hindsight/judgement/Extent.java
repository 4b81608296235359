package io.github.hindsight.judgement;

import java.util.Locale;

/**
 * How far an actor met its aims, by the weighted share of them met (section 12 of
 * docs/judgement.md): {@link #LARGELY} from {@value #LARGELY_FROM}, {@link #PARTLY} from
 * {@value #PARTLY_FROM}, {@link #HARDLY} below.
 */
public enum Extent {
  /** At least {@value #LARGELY_FROM} of the weight of its aims met. */
  LARGELY,
  /** At least {@value #PARTLY_FROM}, but less than {@value #LARGELY_FROM}. */
  PARTLY,
  /** Less than {@value #PARTLY_FROM}. */
  HARDLY;

  /** The least share for {@link #LARGELY}. */
  public static final double LARGELY_FROM = 0.7;
  /** The least share for {@link #PARTLY}. */
  public static final double PARTLY_FROM = 0.3;

  /**
   * The extent of a share of aims met.
   *
   * @param share the weighted share, from 0 to 1
   * @return the extent
   */
  public static Extent of(double share) {
    // A share computed as a ratio may fall short of a threshold by rounding alone.
    double s = share + 1e-12;
    return s >= LARGELY_FROM ? LARGELY : s >= PARTLY_FROM ? PARTLY : HARDLY;
  }

  /**
   * The lower-case word used in text formats.
   *
   * @return the word, such as {@code largely}
   */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
