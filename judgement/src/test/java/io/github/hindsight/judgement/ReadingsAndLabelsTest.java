package io.github.hindsight.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import io.github.hindsight.testkit.samples.Samples;
import org.junit.jupiter.api.Test;

/** Scenarios, the readings that decide them, labels under a configurable standard, and neutral scores. */
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
  void anActorWithNothingToScoreGetsTheNeutralScoreAndTheTraceSaysSo() {
    Verdict v = judge.judge(rivals()).verdict();
    Score perception = v.score("red", "perception");
    assertThat(perception.value()).isEqualTo(0.5);
    assertThat(perception.hasBasis()).isFalse();
    assertThat(v.trace("red", "perception")).singleElement().extracting(TraceEntry::kind).isEqualTo(TraceKind.NO_BASIS);
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
