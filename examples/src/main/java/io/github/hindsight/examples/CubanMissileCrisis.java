package io.github.hindsight.examples;

import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Representative;
import io.github.hindsight.testkit.samples.Samples;

/**
 * Builds the reference question, "Who won the Cuban Missile Crisis?", in code (see
 * {@link Samples#cubanMissileCrisis()}), checks it, and prints each side's aims and what became
 * of them.
 */
public final class CubanMissileCrisis {
  private CubanMissileCrisis() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Question question = Samples.cubanMissileCrisis();
    System.out.println(question.prompt());
    question.actors().forEach(actor -> {
      System.out.println();
      System.out.println(actor.name() + " (" + String.join(", ", actor.representatives().stream().map(Representative::name).toList()) + ")");
      for (Objective objective : question.objectivesOf(actor.id())) {
        System.out.println("  - " + objective.statement() + " -> " + objective.outcome().status().word()
            + (objective.isShared() ? " (shared)" : ""));
      }
    });
    System.out.println();
    System.out.println(question.consequences().size() + " consequences, " + question.evidence().size()
        + " pieces of evidence, " + question.interpretations().size() + " interpretations");
    System.out.println("Validation: " + question.validate());
  }
}
