package io.github.hindsight.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time rules of docs/judgement.md: when a date counts, and how things looked before their evidence came out. */
class TimeRulesTest {
  private final Judge judge = Judge.standard();

  /** Read as a bargaining chip, the gambit won; but that looked unmet until the archives opened. */
  private static final Reading CHIP = Reading.builder().id("chip").intent("A bargaining chip.").status(OutcomeStatus.ACHIEVED)
      .addEvidence("archives").statusBeforeEvidence(OutcomeStatus.NOT_ACHIEVED).build();
  private static final Reading REAL = Reading.builder().id("real").intent("It was meant.").status(OutcomeStatus.NOT_ACHIEVED)
      .addEvidence("archives").build();

  private static Consequence dated(String id, String date, String actor, Effect effect) {
    return Consequence.builder().id(id).statement("It happened: " + id + ".").date(HistoricalDate.parse(date))
        .addEffects(ActorEffect.builder().actor(actor).effect(effect).build()).build();
  }

  /** A state founded some time in 1948, Senate votes over 1919 and 1920, archives opened in the 1990s. */
  private static Question question() {
    Objective gambit = Objective.builder().id("gambit").addActor("red").statement("Win by a gambit.")
        .outcome(Outcome.builder().status(OutcomeStatus.DEPENDS_ON_READING).addReading(CHIP).addReading(REAL).build()).build();
    Objective hold = Objective.builder().id("hold").addActor("blue").statement("Hold the line.")
        .outcome(Outcome.of(OutcomeStatus.PARTLY_ACHIEVED, "")).build();
    return Question.builder().id("times").prompt("Who won?")
        .addActors(Actor.builder().id("red").name("Red").build(), Actor.builder().id("blue").name("Blue").build())
        .addObjectives(gambit, hold)
        .addConsequences(dated("state-founded", "1948", "blue", Effect.POSITIVE), dated("senate-votes", "1919/1920", "red", Effect.NEGATIVE))
        .addEvidence(Evidence.builder().id("archives").statement("The archives were opened.").knownFrom(HistoricalDate.parse("199X")).build())
        .build();
  }

  @ParameterizedTest
  @CsvSource({"1948-06, false", "1948-12, true", "1948, true", "194X, true", "1947/1948-06, false"})
  void aConsequenceDatedToAYearCountsOnlyOnceTheYearIsOver(String asOf, boolean counted) {
    Verdict v = judge.judge(question(), JudgementConfig.asOf(HistoricalDate.parse(asOf))).verdict();
    TraceEntry founded = v.entry("blue", "consequences", "state-founded").orElseThrow();
    assertThat(founded.counted()).isEqualTo(counted);
    assertThat(founded.note().contains("dated 1948, not over by the end of " + asOf + ", so left out")).isEqualTo(!counted);
  }

  @ParameterizedTest
  @CsvSource({"1919-11, false", "1920-06, false", "1920, true", "../1920, true"})
  void aRangeCountsOnlyOnceItsEndHasPassed(String asOf, boolean counted) {
    Verdict v = judge.judge(question(), JudgementConfig.asOf(HistoricalDate.parse(asOf))).verdict();
    assertThat(v.entry("red", "consequences", "senate-votes").orElseThrow().counted()).isEqualTo(counted);
  }

  @ParameterizedTest
  @CsvSource({"1995, chip, not-achieved, true", "1995, real, unclear, false", "1999, chip, achieved, false", "1999, real, not-achieved, false"})
  void aReadingHasItsOwnStatusBeforeItsEvidenceCameOut(String asOf, String reading, String status, boolean before) {
    JudgementConfig config = JudgementConfig.builder().asOf(HistoricalDate.parse(asOf)).putReading("gambit", reading).build();
    TraceEntry gambit = judge.judge(question(), config).verdict().entry("red", "objectives", "gambit").orElseThrow();
    assertThat(gambit.status()).contains(OutcomeStatus.fromWord(status));
    assertThat(gambit.beforeEvidence()).isEqualTo(before);
    assertThat(gambit.reading()).contains(reading);
    assertThat(gambit.note()).contains(before ? "as it looked before archives came out" : "");
  }

  @ParameterizedTest
  @CsvSource({"1995, 2", "1999, 2"})
  void bothReadingsAreStillJudgedBeforeTheEvidenceCameOut(String asOf, int scenarios) {
    assertThat(judge.judge(question(), JudgementConfig.asOf(HistoricalDate.parse(asOf))).verdicts()).hasSize(scenarios);
  }
}
