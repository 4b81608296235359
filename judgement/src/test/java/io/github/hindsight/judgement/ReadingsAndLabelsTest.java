package io.github.hindsight.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import io.github.hindsight.testkit.samples.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios, the readings that decide them, labels under a configurable standard, and criteria with nothing to score. */
class ReadingsAndLabelsTest {
  private final Judge judge = Judge.standard();

  /** Two rivals whose fate turns on how one aim of the first is read; a second reading matters to nobody. */
  private static Question rivals() {
    return Question.builder().id("rivals").prompt("Who won?")
        .addActor(Actor.builder().id("red").name("Red").build())
        .addActor(Actor.builder().id("blue").name("Blue").build())
        .addObjective(Objective.builder().id("gambit").addActor("red").statement("Win by a gambit.").importance(Importance.HIGH)
            .outcome(Outcome.builder().status(OutcomeStatus.DEPENDS_ON_READING)
                .addReading(Reading.builder().id("bluff").intent("It was a bluff.").status(OutcomeStatus.ACHIEVED).build())
                .addReading(Reading.builder().id("real").intent("It was meant.").status(OutcomeStatus.NOT_ACHIEVED).build())
                .build()).build())
        .addObjective(Objective.builder().id("defence").addActor("blue").statement("Hold the line.")
            .outcome(Outcome.of(OutcomeStatus.PARTLY_ACHIEVED, "")).build())
        .addObjective(Objective.builder().id("side-show").addActor("blue").addActor("red").statement("A shared aside.")
            .outcome(Outcome.builder().status(OutcomeStatus.DEPENDS_ON_READING)
                .addReading(Reading.builder().id("one").intent("One way.").status(OutcomeStatus.ACHIEVED).build())
                .addReading(Reading.builder().id("other").intent("Another way.").status(OutcomeStatus.NOT_ACHIEVED).build())
                .build()).build())
        .build();
  }

  @Test
  void theReadingThatDecidesTheWinnerIsNamed() {
    Judgement j = judge.judge(rivals());

    assertThat(j.verdicts()).hasSize(4);
    assertThat(j.isSettled()).isFalse();
    assertThat(j.leaders()).containsExactly("red", "blue");
    assertThat(j.decisiveReadings()).containsExactly("gambit");
    for (Verdict v : j.verdicts()) {
      String reading = v.scenario().readings().get("gambit");
      assertThat(v.leader()).isEqualTo(reading.equals("bluff") ? "red" : "blue");
      assertThat(v.entry("red", "objectives", "gambit").orElseThrow().reading()).contains(reading);
    }
  }

  @Test
  void aChosenReadingLeavesOneScenario() {
    Judgement j = judge.judge(rivals(), JudgementConfig.builder().putReading("gambit", "real").putReading("side-show", "one").build());
    assertThat(j.verdicts()).hasSize(1);
    assertThat(j.verdict().scenario().chosen()).containsEntry("gambit", "real");
    assertThat(j.verdict().leader()).isEqualTo("blue");
    assertThat(j.decisiveReadings()).isEmpty();
  }

  @Test
  void aCriterionWithNothingToScoreIsLeftOutOfTheTotalAndTheTraceSaysSo() {
    Verdict v = judge.judge(rivals()).verdict();
    Score perception = v.score("red", "perception");
    assertThat(perception.hasBasis()).isFalse();
    assertThat(perception.contribution()).isZero();
    TraceEntry entry = v.trace("red", "perception").get(0);
    assertThat(v.trace("red", "perception")).singleElement().extracting(TraceEntry::kind).isEqualTo(TraceKind.NO_BASIS);
    assertThat(entry.counted()).isFalse();
    assertThat(entry.note()).contains("left out of the actor's total");
    // The total is the weighted mean over the criteria something counted on, worked out here by hand.
    double objectives = v.score("red", "objectives").value();
    double shared = v.score("red", "shared-objectives").value();
    assertThat(v.total("red")).isCloseTo((2 * objectives + 0.5 * shared) / 2.5, org.assertj.core.data.Offset.offset(1e-9));
    // So a weight on a criterion nobody has anything on moves no total, as a neutral 0.5 would.
    Verdict heavier = judge.judge(rivals(), JudgementConfig.builder().putWeight("perception", 50.0).build()).verdict();
    assertThat(heavier.standings()).isEqualTo(v.standings());
  }

  @Test
  void aSideWithNothingOnACriterionNeitherGainsNorLosesByItsWeight() {
    // Blue has consequences, Red none: no weight of consequences can lift Red by a neutral score.
    Question q = rivals().withConsequences(List.of(Consequence.builder().id("loss").statement("Blue loses ground.")
        .addEffects(ActorEffect.builder().actor("blue").effect(Effect.NEGATIVE).build()).build()));
    JudgementConfig bluff = JudgementConfig.builder().putReading("gambit", "real").putReading("side-show", "one").build();
    double red = judge.judge(q, bluff).verdict().total("red");
    for (double w : new double[] {0.5, 1, 5, 50}) {
      Verdict v = judge.judge(q, bluff.withWeights(java.util.Map.of("consequences", w))).verdict();
      assertThat(v.total("red")).isEqualTo(red);
      assertThat(v.score("red", "consequences").hasBasis()).isFalse();
    }
  }

  @Test
  void theLabelFollowsTheConfiguredStandard() {
    Question q = Samples.cubanMissileCrisis();
    Verdict usual = judge.judge(q).verdict();
    assertThat(usual.label()).isEqualTo(Label.CLEAR);
    assertThat(usual.labelReason()).contains("meets the 'clear and convincing' standard (at least 0.15)");

    LabelStandard strict = LabelStandard.builder().clearMargin(0.9).narrowMargin(usual.margin() + 0.01)
        .clearName("beyond reasonable doubt").build();
    Verdict strictly = judge.judge(q, JudgementConfig.builder().standard(strict).build()).verdict();
    assertThat(strictly.label()).isEqualTo(Label.CONTESTED);
    assertThat(strictly.standard()).isEqualTo(strict);
    assertThat(strictly.labelReason()).contains("falls short").contains(strict.narrowName());

    LabelStandard middling = strict.withNarrowMargin(usual.margin() - 0.01);
    assertThat(judge.judge(q, JudgementConfig.builder().standard(middling).build()).verdict().label()).isEqualTo(Label.NARROW);
  }
}
