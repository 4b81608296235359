package io.github.hindsight.judgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import io.github.hindsight.testkit.samples.Samples;
import org.junit.jupiter.api.Test;

/** Bad configurations are refused with every problem named at once. */
class ConfigurationErrorsTest {
  private final Judge judge = Judge.standard();

  @Test
  void everyProblemOfAConfigurationIsReportedTogether() {
    Question q = Samples.cubanMissileCrisis().withCriteria(Samples.cubanMissileCrisis().criteria().get(0),
        Criterion.builder().id("legacy").name("Legacy").measure(Measure.CUSTOM).customMeasure("legacy-score").build());
    JudgementConfig config = JudgementConfig.builder()
        .putWeight("morale", 2.0)
        .putReading("no-such-aim", "x")
        .putReading("cuba-secure", "permanent-base")
        .putReading("missiles-near-usa", "accident")
        .build();

    JudgementException e = catchThrowableOfType(JudgementException.class, () -> judge.judge(q, config));

    assertThat(e.problems()).hasSize(5);
    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("'morale'").contains("objectives, legacy"));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("'no-such-aim'").contains("does not have"));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("'cuba-secure'").contains("does not depend on a reading (it is 'achieved')"));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("no reading 'accident'").contains("permanent-base, bargaining-chip"));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("'legacy-score'").contains("not registered"));
    assertThat(e.getMessage()).startsWith("cannot judge question 'cuban-missile-crisis-who-won': 5 problems");
  }

  @Test
  void weightsThatAddUpToNothingAreRefused() {
    JudgementConfig config = JudgementConfig.builder().putWeight("objectives", 0.0).putWeight("consequences", 0.0)
        .putWeight("perception", 0.0).putWeight("shared-aims", 0.0).putWeight("balance-of-power", 0.0).build();
    assertThatThrownBy(() -> judge.judge(Samples.cubanMissileCrisis(), config))
        .isInstanceOf(JudgementException.class).hasMessageContaining("add up to 0");
  }

  @Test
  void invalidConfigurationValuesAreRefusedWhenBuilt() {
    assertThatThrownBy(() -> JudgementConfig.builder().putWeight("objectives", -1.0).build())
        .hasMessageContaining("weights[objectives]").hasMessageContaining("-1.0");
    assertThatThrownBy(() -> JudgementConfig.builder().maxScenarios(0).build()).hasMessageContaining("maxScenarios");
    assertThatThrownBy(() -> LabelStandard.builder().clearMargin(0.1).narrowMargin(0.2).build())
        .hasMessageContaining("narrowMargin 0.2 and clearMargin 0.1");
  }

  @Test
  void anInvalidQuestionIsRefusedWithItsValidationProblems() {
    Question q = Question.builder().id("broken").prompt("Who won?")
        .addActor(Actor.builder().id("a").name("A").build())
        .addObjective(Objective.builder().id("aim").addActor("nobody").statement("An aim.")
            .outcome(Outcome.of(OutcomeStatus.ACHIEVED, "")).build())
        .build();
    JudgementException e = catchThrowableOfType(JudgementException.class, () -> judge.judge(q));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("objectives[0].actors[0]"));
  }

  @Test
  void tooManyScenariosAreRefusedInsteadOfEnumerated() {
    Question q = manyReadings(11);
    JudgementException e = catchThrowableOfType(JudgementException.class, () -> judge.judge(q));
    assertThat(e.getMessage()).contains("2048 scenarios, more than the limit of 1024").contains("aim-0 (2 readings)");

    // Choosing some readings brings the count under the limit.
    JudgementConfig config = JudgementConfig.builder().putReading("aim-0", "yes").putReading("aim-1", "no").build();
    assertThat(judge.judge(q, config).verdicts()).hasSize(512);
  }

  @Test
  void aHugeNumberOfCombinationsIsRefusedAtOnce() {
    Question q = manyReadings(64);
    assertThatThrownBy(() -> judge.judge(q, JudgementConfig.builder().maxScenarios(JudgementConfig.SCENARIO_CEILING).build()))
        .isInstanceOf(JudgementException.class).hasMessageContaining("more than the limit of 65536");
  }

  static Question manyReadings(int count) {
    Question.Builder q = Question.builder().id("many").prompt("Who won?")
        .addActor(Actor.builder().id("a").name("A").build()).addActor(Actor.builder().id("b").name("B").build());
    for (int i = 0; i < count; i++) {
      q.addObjective(Objective.builder().id("aim-" + i).addActor(i % 2 == 0 ? "a" : "b").statement("Aim " + i + ".")
          .outcome(Outcome.builder().status(OutcomeStatus.DEPENDS_ON_READING)
              .addReading(Reading.builder().id("yes").intent("It was meant.").status(OutcomeStatus.ACHIEVED).build())
              .addReading(Reading.builder().id("no").intent("It was not meant.").status(OutcomeStatus.NOT_ACHIEVED).build())
              .build())
          .build());
    }
    return q.build();
  }
}
