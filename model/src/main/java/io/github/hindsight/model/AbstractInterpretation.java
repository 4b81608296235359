package io.github.hindsight.model;

import java.util.List;
import java.util.Optional;
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

  /**
   * Where it stands on the statement the question puts, as in "How far do you agree that the
   * treaty was too harsh?", besides or instead of the actors it favours.
   *
   * @return its stance, or empty if it takes none on the statement
   */
  public abstract Optional<Stance> stance();

  /** @return the id of the entry in the question's sources for the work it comes from; empty if it names none */
  public abstract Optional<String> source();

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
    if (source().isPresent()) {
      Checks.id("source", source().get());
    }
    Checks.ids("supportingEvidence", supportingEvidence());
    Checks.ids("challengingEvidence", challengingEvidence());
  }
}
