package io.github.hindsight.judgement;

import org.immutables.value.Value;

/** One actor's score on one criterion, and what it adds to the actor's total. */
@Value.Immutable
abstract class AbstractScore {
  /** @return the actor's id */
  public abstract String actor();

  /** @return the criterion's id */
  public abstract String criterion();

  /** @return the score, from 0 to 1; 0 when the actor has no basis on the criterion */
  public abstract double value();

  /** @return the criterion's weight in this judgement */
  public abstract double weight();

  /**
   * @return what the score adds to the total: weight times score over the sum of the weights of
   *     the criteria the actor has a basis on; 0 without a basis
   */
  public abstract double contribution();

  /** @return false when nothing counted for the actor on this criterion, which is then left out of its total */
  @Value.Default
  public boolean hasBasis() {
    return true;
  }
}
