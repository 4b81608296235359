package io.github.hindsight.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone who spoke or acted for an actor, for the whole of the question's period or for part of
 * it: Douglas MacArthur commanded the United Nations forces in Korea until April 1951, and Matthew
 * Ridgway from then on.
 *
 * <pre>{@code
 * Representative.of("Nikita Khrushchev");
 * Representative.of("Douglas MacArthur").withUntil(HistoricalDate.ofMonth(1951, 4));
 * }</pre>
 */
@Value.Immutable
abstract class AbstractRepresentative {
  /** @return the person's name, such as {@code Douglas MacArthur} */
  @Value.Parameter
  public abstract String name();

  /** @return when the person began to speak or act for the actor; empty if from the start, or not known */
  public abstract Optional<HistoricalDate> from();

  /** @return when the person stopped; empty if to the end, or not known */
  public abstract Optional<HistoricalDate> until();

  @Value.Check
  void check() {
    Checks.notBlank("name", name());
    if (from().isPresent() && until().isPresent() && until().get().endsBefore(from().get())) {
      throw Checks.problem("until", ProblemKind.BAD_VALUE,
          "the representative stopped (" + until().get() + ") before starting (" + from().get() + "); expected until on or after from");
    }
  }
}
