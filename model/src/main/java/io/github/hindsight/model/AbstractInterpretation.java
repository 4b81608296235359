package io.github.hindsight.model;

import java.util.List;
import org.immutables.value.Value;

/** A historian's answer to the question, with the actors it favours and the evidence for and against it. */
@Value.Immutable
abstract class AbstractInterpretation {
  /** @return the id, such as {@code kennedy-triumph} */
  public abstract String id();

  /** @return the claim, in a sentence or two */
  public abstract String claim();

  /** @return ids of the actors the interpretation favours */
  public abstract List<String> favours();

  /** @return who made it and in what circumstances */
  @Value.Default
  public Provenance provenance() {
    return Provenance.builder().build();
  }

  /** @return ids of the evidence that supports it */
  public abstract List<String> supportingEvidence();

  /** @return ids of the evidence that challenges it */
  public abstract List<String> challengingEvidence();

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("claim", claim());
    Checks.ids("favours", favours());
    Checks.ids("supportingEvidence", supportingEvidence());
    Checks.ids("challengingEvidence", challengingEvidence());
  }
}
