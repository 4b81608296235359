package io.github.hindsight.judgement;

import org.immutables.value.Value;

/** An actor's place in the ranking. */
@Value.Immutable
abstract class AbstractStanding {
  /** @return the rank, 1 for the leader; sides with equal totals share a rank */
  public abstract int rank();

  /** @return the actor's id */
  public abstract String actor();

  /** @return the weighted total, from 0 to 1 */
  public abstract double total();
}
