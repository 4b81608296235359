package io.github.hindsight.model;

import org.immutables.value.Value;

/**
 * One problem found by validation: its severity, where it is, as a path such as
 * {@code objectives[3].actors[0]}, and what is wrong.
 */
@Value.Immutable
abstract class AbstractProblem {
  /** @return how serious it is */
  @Value.Parameter
  public abstract Severity severity();

  /** @return where it is, such as {@code objectives[3].actors[0]} */
  @Value.Parameter
  public abstract String path();

  /** @return what is wrong and what was expected */
  @Value.Parameter
  public abstract String message();

  /** @return {@code path: severity: message} */
  @Override
  public String toString() {
    return path() + ": " + severity().word() + ": " + message();
  }
}
