package io.github.hindsight.spi;

import io.github.hindsight.internal.Printable;
import org.immutables.value.Value;

/**
 * One problem in a document: where it is and what is wrong, with what was found and what was
 * expected. Its message is one line of printable text: control characters, line and paragraph
 * separators and bidi controls that a document put into it are kept as escapes such as
 * <code>&#92;u001B</code>, so that printing a problem can neither drive a terminal nor forge another line.
 */
@Value.Immutable
abstract class AbstractFormatProblem {
  /** @return where it is */
  @Value.Parameter
  public abstract Location location();

  /** @return what is wrong, naming what was found and what was expected; one printable line */
  @Value.Parameter
  public abstract String message();

  // Escaped when built, not when printed, so that every reader, writer and caller sees the safe form.
  @Value.Check
  AbstractFormatProblem printable() {
    String message = Printable.escape(message());
    return message.equals(message()) ? this : FormatProblem.of(location(), message);
  }

  /** @return {@code file:line:column: message}, the form of compiler errors */
  @Override
  public String toString() {
    return location() + ": " + message();
  }
}
