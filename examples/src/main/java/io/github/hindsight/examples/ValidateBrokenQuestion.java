package io.github.hindsight.examples;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.ValidationReport;
import io.github.hindsight.model.Representative;

/**
 * Shows what validation says about a question with broken cross-references: every problem at
 * once, each with the path of the value at fault. Run it with
 * {@code ./mvnw -q -pl examples -am package exec:java -DskipTests -Dexec.mainClass=io.github.hindsight.examples.ValidateBrokenQuestion}.
 */
public final class ValidateBrokenQuestion {
  private ValidateBrokenQuestion() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Question question = Question.builder()
        .id("berlin-wall-who-gained")
        .prompt("Who gained most from the building of the Berlin Wall?")
        .addActor(Actor.builder().id("gdr").name("East Germany").addRepresentative(Representative.of("Walter Ulbricht")).build())
        .addActor(Actor.builder().id("usa").name("United States").build())
        .addObjective(Objective.builder().id("stop-the-exodus").addActor("gdr").addActor("ussr")
            .statement("Stop skilled workers fleeing to the West.")
            .outcome(Outcome.builder().status(OutcomeStatus.ACHIEVED).addEvidence("refugee-figures").build())
            .build())
        .addConsequence(Consequence.builder().id("kennedy-visit").statement("Kennedy spoke in West Berlin.")
            .addEffect(ActorEffect.of("west-germany", Effect.POSITIVE)).build())
        .build();

    ValidationReport report = question.validate();
    System.out.println(report.isValid() ? "valid" : report.errors().size() + " errors, " + report.warnings().size() + " warnings:");
    System.out.println(report);
  }
}
