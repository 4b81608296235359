package io.github.hindsight.judgement.spi;

import io.github.hindsight.model.Effect;
import io.github.hindsight.model.OutcomeStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item a measure weighs for an actor: its credit, its weight and why. What it says of an
 * objective, a consequence or a perception (the status, the reading, the effect) is optional, and
 * shows in the trace as it is given.
 */
@Value.Immutable
abstract class AbstractScoredItem {
  /** @return the id of what is weighed, such as an objective's id */
  public abstract String subject();

  /** @return the credit, from 0 (bad for the actor) to 1 (good for the actor) */
  public abstract double credit();

  /** @return the weight, at least 0 */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** @return why it gets its credit, in words */
  @Value.Default
  public String note() {
    return "";
  }

  /**
   * @return whether it counts in the score; one that does not shows in the trace only, such as
   *     an objective left out as unclear
   */
  @Value.Default
  public boolean counted() {
    return true;
  }

  /** @return for an objective, the status it was judged by; empty for any other item */
  public abstract Optional<OutcomeStatus> status();

  /** @return for an objective judged under a reading, the reading's id; empty for any other item */
  public abstract Optional<String> reading();

  /** @return for a consequence or a perception, its effect on the actor; empty for any other item */
  public abstract Optional<Effect> effect();

  /** @return whether an objective was judged as it looked before its evidence came out */
  @Value.Default
  public boolean beforeEvidence() {
    return false;
  }

  /**
   * @return ids of the evidence behind it; the trace splits them into those known by the date of
   *     the judgement and those not yet known
   */
  public abstract List<String> evidence();

  /**
   * An item with its credit, weight and note.
   *
   * @param subject the id of what is weighed
   * @param credit the credit, from 0 to 1
   * @param weight the weight, at least 0
   * @param note why
   * @return the item
   */
  public static ScoredItem of(String subject, double credit, double weight, String note) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(note, "note");
    return ScoredItem.builder().subject(subject).credit(credit).weight(weight).note(note).build();
  }

  @Value.Check
  void check() {
    if (subject().isBlank()) {
      throw new IllegalArgumentException("ScoredItem.subject: must not be blank");
    }
    if (!(credit() >= 0 && credit() <= 1)) {
      throw new IllegalArgumentException("ScoredItem.credit of '" + subject() + "': expected 0 to 1 but found " + credit());
    }
    if (!(weight() >= 0) || Double.isInfinite(weight())) {
      throw new IllegalArgumentException("ScoredItem.weight of '" + subject() + "': expected a finite number of at least 0 but found " + weight());
    }
  }
}
