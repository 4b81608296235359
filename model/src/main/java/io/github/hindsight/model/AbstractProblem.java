package io.github.hindsight.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found by validation: its severity, its kind, where it is, as a path such as
 * {@code objectives[3].actors[0]}, and what is wrong; for an unknown reference, also the id that
 * was not found.
 */
@Value.Immutable
abstract class AbstractProblem {
  /** @return how serious it is */
  @Value.Parameter
  public abstract Severity severity();

  /** @return what kind of problem it is, such as {@link ProblemKind#UNKNOWN_REFERENCE} */
  @Value.Parameter
  public abstract ProblemKind kind();

  /** @return where it is, such as {@code objectives[3].actors[0]} */
  @Value.Parameter
  public abstract ModelPath path();

  /** @return what is wrong and what was expected */
  @Value.Parameter
  public abstract String message();

  /**
   * @return the id that was not found, such as {@code ussr2}, for a problem of kind
   *     {@link ProblemKind#UNKNOWN_REFERENCE}; empty for every other kind
   */
  public abstract Optional<String> reference();

  /**
   * An unknown reference: an error of kind {@link ProblemKind#UNKNOWN_REFERENCE}.
   *
   * @param path where the reference is, such as {@code objectives[0].actors[1]}
   * @param reference the id that was not found
   * @param message what was found and what was expected
   * @return the problem
   */
  public static Problem unknownReference(ModelPath path, String reference, String message) {
    return Problem.builder().severity(Severity.ERROR).kind(ProblemKind.UNKNOWN_REFERENCE).path(path).message(message)
        .reference(reference).build();
  }

  @Value.Check
  void check() {
    if (reference().isPresent() != (kind() == ProblemKind.UNKNOWN_REFERENCE)) {
      throw new IllegalArgumentException(reference().isPresent()
          ? "only an unknown reference names a reference, not a problem of kind " + kind()
          : "an unknown reference must name the id that was not found");
    }
  }

  /** @return {@code path: severity: message} */
  @Override
  public String toString() {
    return path() + ": " + severity().word() + ": " + message();
  }
}
