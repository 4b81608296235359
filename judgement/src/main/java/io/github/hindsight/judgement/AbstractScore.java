package io.github.hindsight.judgement;

import org.immutables.value.Value;

/** One actor's score on one criterion, and what it adds to the actor's total. */
@Value.Immutable
abstract class AbstractScore {
  /** @return the actor's id */
  public abstract String actor();

  /** @return the criterion's id */
  public abstract String criterion();

  /** @return the score, from 0 to 1 */
  public abstract double value();

  /** @return the criterion's weight in this judgement */
  public abstract double weight();

  /** @return what the score adds to the total: weight times score over the sum of the weights */
  public abstract double contribution();

  /** @return false when nothing counted for the actor on this criterion and the score is the neutral 0.5 */
  @Value.Default
  public boolean hasBasis() {
    return true;
  }
}
