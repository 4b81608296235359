package io.github.hindsight.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** How an actor was seen, by whom, and when: at the time, or later. */
@Value.Immutable
abstract class AbstractPerception {
  /** @return the id, such as {@code kennedy-seen-as-victor} */
  public abstract String id();

  /** @return the id of the actor perceived */
  public abstract String actor();

  /** @return who held the view, such as {@code world opinion} */
  public abstract String heldBy();

  /** @return the view, in a sentence */
  public abstract String statement();

  /** @return whether the view was good or bad for the actor */
  public abstract Effect view();

  /** @return at the time, or later */
  @Value.Default
  public Period period() {
    return Period.AT_THE_TIME;
  }

  /** @return when the view was held; empty if not known */
  public abstract Optional<HistoricalDate> date();

  /** @return ids of the evidence for it */
  public abstract List<String> evidence();

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.id("actor", actor());
    Checks.notBlank("heldBy", heldBy());
    Checks.notBlank("statement", statement());
    Checks.ids("evidence", evidence());
  }
}
