package io.github.hindsight.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A yardstick by which a judgement is reached, with its default weight. */
@Value.Immutable
abstract class AbstractCriterion {
  /** @return the id, such as {@code objectives} */
  public abstract String id();

  /** @return the name, such as {@code Objectives achieved} */
  public abstract String name();

  /** @return what it asks, in a sentence */
  @Value.Default
  public String description() {
    return "";
  }

  /** @return the default weight, at least 0 */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** @return what it measures */
  public abstract Measure measure();

  /**
   * @return for a {@link Measure#CUSTOM} measure, the id of the custom criterion that scores it;
   *     empty for every other measure
   */
  public abstract Optional<String> customMeasure();

  @Value.Check
  void check() {
    Checks.text("description", description());
    Checks.id("id", id());
    Checks.notBlank("name", name());
    Checks.nonNegative("weight", weight());
    if (measure() == Measure.CUSTOM && customMeasure().isEmpty()) {
      throw Checks.problem("customMeasure", ProblemKind.MISSING, "a custom criterion must name its custom measure");
    }
    if (measure() != Measure.CUSTOM && customMeasure().isPresent()) {
      throw Checks.problem("customMeasure", ProblemKind.NOT_ALLOWED, "a custom measure is only allowed when the measure is 'custom', not '" + measure().word() + "'");
    }
    if (customMeasure().isPresent()) {
      Checks.id("customMeasure", customMeasure().get());
    }
  }
}
