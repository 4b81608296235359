package io.github.hindsight.model;

import java.util.Objects;

/**
 * Thrown when a model value is built with content that can never be valid, such as a blank
 * id or a negative weight. The message names the field and what was expected; cross-references
 * are not checked here but by {@code validate()}, which reports every problem at once.
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The field at fault. */
  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the field at fault, such as {@code Objective.id}
   * @param message what was found and what was expected
   */
  public InvalidModelException(String field, String message) {
    super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(message, "message"));
    this.field = field;
  }

  /**
   * The field at fault, such as {@code Objective.id}.
   *
   * @return the type and field name
   */
  public String field() {
    return field;
  }
}
