package io.github.hindsight.model;

import java.util.List;
import org.immutables.value.Value;

/** What one or more actors aimed at, and what became of it. */
@Value.Immutable
abstract class AbstractObjective {
  /** @return the id, such as {@code turkey-missiles-removed} */
  public abstract String id();

  /** @return ids of the actors who held it; more than one for a shared objective */
  public abstract List<String> actors();

  /** @return the objective, in a sentence */
  public abstract String statement();

  /** @return when it was meant to be met */
  @Value.Default
  public Horizon horizon() {
    return Horizon.IMMEDIATE;
  }

  /** @return how much it mattered */
  @Value.Default
  public Importance importance() {
    return Importance.MEDIUM;
  }

  /** @return whether the actors declared it or historians infer it */
  @Value.Default
  public Basis basis() {
    return Basis.STATED;
  }

  /** @return what became of it */
  public abstract Outcome outcome();

  /** @return whether more than one actor held it */
  public boolean isShared() {
    return actors().size() > 1;
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    if (actors().isEmpty()) {
      throw Checks.problem("actors", ProblemKind.MISSING, "an objective needs at least one actor");
    }
    Checks.ids("actors", actors());
    Checks.notBlank("statement", statement());
    if (Checks.repeats(actors())) {
      throw Checks.problem("actors", ProblemKind.DUPLICATE_ID, "an actor is named twice");
    }
  }
}
