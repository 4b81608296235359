package io.github.hindsight.judgement.spi;

import java.util.List;
import java.util.Objects;

import org.immutables.value.Value;

/** One item a custom criterion weighs for an actor: its credit, its weight and why. */
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

  /** @return ids of the evidence behind it */
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
