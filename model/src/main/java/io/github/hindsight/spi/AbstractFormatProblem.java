package io.github.hindsight.spi;

import org.immutables.value.Value;

/** One problem in a document: where it is and what is wrong, with what was found and what was expected. */
@Value.Immutable
abstract class AbstractFormatProblem {
  /** @return where it is */
  @Value.Parameter
  public abstract Location location();

  /** @return what is wrong, naming what was found and what was expected */
  @Value.Parameter
  public abstract String message();

  /** @return {@code file:line:column: message}, the form of compiler errors */
  @Override
  public String toString() {
    return location() + ": " + message();
  }
}
