package io.github.hindsight.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fact that judgements rest on, with when it happened and when it became publicly known. The
 * secret Turkey deal of 1962 became known only years later, so a judgement as of November 1962
 * leaves it out.
 */
@Value.Immutable
abstract class AbstractEvidence {
  /** @return the id, such as {@code turkey-deal} */
  public abstract String id();

  /** @return the fact, in a sentence */
  public abstract String statement();

  /** @return when it happened; empty if not known */
  public abstract Optional<HistoricalDate> date();

  /** @return the figures it gives, such as about 2300000 tons and about 277000 flights */
  public abstract List<Quantity> quantities();

  /** @return the id of the source it comes from; empty if it names none */
  public abstract Optional<String> source();

  /**
   * When it became publicly known, if later than its date.
   *
   * @return the date it came out, or empty if it was known when it happened
   */
  public abstract Optional<HistoricalDate> knownFrom();

  /**
   * Whether it was publicly known by a date: its {@link #knownFrom()} date, or else its
   * {@link #date()}, has passed by {@code asOf} under the rule of
   * {@link HistoricalDate#isOnOrBefore(HistoricalDate)}: its last possible day is on or before the
   * last possible day of {@code asOf}. So evidence known from {@code 1989} is not known as of
   * {@code 1989-06}. Evidence with neither date counts as always known, and validation warns of it.
   *
   * @param asOf the date of the judgement
   * @return true if it was known then
   */
  public boolean isKnownBy(HistoricalDate asOf) {
    Optional<HistoricalDate> known = knownFrom();
    if (known.isEmpty()) {
      known = date();
    }
    return known.isEmpty() || known.get().isOnOrBefore(asOf);
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("statement", statement());
    if (source().isPresent()) {
      Checks.id("source", source().get());
    }
    if (knownFrom().isPresent() && date().isPresent() && !date().get().isOnOrBefore(knownFrom().get())) {
      throw Checks.problem("knownFrom", ProblemKind.BAD_VALUE, "the evidence became known (" + knownFrom().get() + ") before it had happened (" + date().get() + "): the date it became known must end no earlier than the date it happened");
    }
  }
}
