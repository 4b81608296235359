package io.github.hindsight.judgement;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far one criterion's weight can move before the leader changes. The total is a weighted
 * mean, so each actor's lead over a rival changes sign at most once as one weight moves; the
 * tipping points are solved exactly, not searched for.
 */
@Value.Immutable
abstract class AbstractSensitivity {
  /** @return the criterion's id */
  public abstract String criterion();

  /** @return the weight the verdict used */
  public abstract double weight();

  /**
   * @return the nearest weight below the current one at which the leader changes; empty if no
   *     weight between 0 and the current one changes it
   */
  public abstract Optional<TippingPoint> below();

  /** @return the nearest weight above the current one at which the leader changes; empty if none does */
  public abstract Optional<TippingPoint> above();

  /** @return true when no weight of this criterion, from 0 upwards, changes the leader */
  public boolean isRobust() {
    return below().isEmpty() && above().isEmpty();
  }
}
