package io.github.hindsight.judgement;

import org.immutables.value.Value;

/**
 * A weight of one criterion at which the leader changes, the other weights staying as they are.
 * At exactly this weight the leader and the new leader tie; past it the new leader is ahead.
 */
@Value.Immutable
abstract class AbstractTippingPoint {
  /** @return the weight at which the two tie */
  public abstract double weight();

  /** @return the actor who leads once the weight passes this point */
  public abstract String newLeader();
}
