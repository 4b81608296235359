package io.github.hindsight.judgement;

import io.github.hindsight.model.Effect;
import io.github.hindsight.model.OutcomeStatus;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item weighed for an actor on a criterion, whether it counted, and by how much it moved the
 * score. A score is the weighted mean of the credits of the items that counted, so the
 * contributions of an actor's entries on a criterion add up to its score.
 */
@Value.Immutable
abstract class AbstractTraceEntry {
  /** @return the actor's id */
  public abstract String actor();

  /** @return the criterion's id */
  public abstract String criterion();

  /** @return what the item is */
  public abstract TraceKind kind();

  /** @return the id of the objective, consequence, perception or custom item */
  public abstract String subject();

  /** @return whether it counted in the score */
  public abstract boolean counted();

  /** @return its credit, from 0 (bad for the actor) to 1 (good for the actor) */
  public abstract double credit();

  /** @return its weight within the criterion, such as the importance of an objective */
  public abstract double weight();

  /** @return how much it added to the score: weight times credit over the total weight of what counted */
  @Value.Default
  public double contribution() {
    return 0;
  }

  /**
   * @return for an objective, the status it was judged by (after readings and the as-of date);
   *     empty for any other kind of item
   */
  public abstract Optional<OutcomeStatus> status();

  /** @return for an objective judged under a reading, the reading's id; empty for any other item */
  public abstract Optional<String> reading();

  /** @return for a consequence or a perception, its effect on the actor; empty for any other kind of item */
  public abstract Optional<Effect> effect();

  /** @return whether an objective was judged as it looked before its evidence came out */
  @Value.Default
  public boolean beforeEvidence() {
    return false;
  }

  /** @return ids of the evidence behind the item that counted (known by the as-of date) */
  public abstract List<String> evidence();

  /** @return ids of the evidence behind the item that was not yet known by the as-of date */
  public abstract List<String> unknownEvidence();

  /** @return why the item counted as it did, in words */
  public abstract String note();

  @Value.Check
  void check() {
    if (!(credit() >= 0 && credit() <= 1)) {
      throw new IllegalArgumentException("TraceEntry.credit of '" + subject() + "': expected 0 to 1 but found " + credit());
    }
    if (!(weight() >= 0) || Double.isInfinite(weight())) {
      throw new IllegalArgumentException("TraceEntry.weight of '" + subject() + "': expected a finite number of at least 0 but found " + weight());
    }
  }
}
