package io.github.hindsight.model;

import java.util.Objects;

/**
 * Thrown when a model value is built with content that can never be valid, such as a blank
 * id or a negative weight. Its {@link #path()} is relative to the value being built, such as
 * {@code id} of an actor, so that a reader puts it under where it read the value; its message
 * says what was found and what was expected, as {@link Rules} does. Cross-references are not
 * checked here but by {@code validate()}, which reports every problem at once.
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is, within the value being built. */
  private final ModelPath path;
  /** What kind of problem it is. */
  private final ProblemKind kind;

  /**
   * Creates the exception.
   *
   * @param path where the problem is, relative to the value being built, such as {@code id}
   * @param kind what kind of problem it is
   * @param message what was found and what was expected
   */
  public InvalidModelException(ModelPath path, ProblemKind kind, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.path = Objects.requireNonNull(path, "path");
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * Where the problem is, relative to the value being built: {@code id} of an actor,
   * {@code actors[1]} of a question.
   *
   * @return the path
   */
  public ModelPath path() {
    return path;
  }

  /**
   * What kind of problem it is, such as {@link ProblemKind#BAD_VALUE}.
   *
   * @return the kind
   */
  public ProblemKind kind() {
    return kind;
  }
}
