package io.github.hindsight.model;

import org.immutables.value.Value;

/** How a consequence bore on one actor. */
@Value.Immutable
abstract class AbstractActorEffect {
  /** @return the actor's id */
  @Value.Parameter
  public abstract String actor();

  /** @return whether it was good or bad for the actor */
  @Value.Parameter
  public abstract Effect effect();

  /** @return a note on why */
  @Value.Default
  public String note() {
    return "";
  }

  @Value.Check
  void check() {
    Checks.text("note", note());
    Checks.id("actor", actor());
  }
}
