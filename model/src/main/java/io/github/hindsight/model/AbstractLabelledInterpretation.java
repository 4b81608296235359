package io.github.hindsight.model;

import org.immutables.value.Value;

/** An interpretation as an exam paper labels it, such as {@code A} or {@code 1}. */
@Value.Immutable
abstract class AbstractLabelledInterpretation {
  /** @return the label on the paper */
  @Value.Parameter
  public abstract String label();

  /** @return the id of the interpretation */
  @Value.Parameter
  public abstract String interpretation();

  @Value.Check
  void check() {
    Checks.notBlank("label", label());
    Checks.id("interpretation", interpretation());
  }
}
