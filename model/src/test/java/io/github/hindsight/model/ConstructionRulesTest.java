package io.github.hindsight.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule that construction enforces, and the field its error names. */
class ConstructionRulesTest {

  private static Outcome achieved() {
    return Outcome.of(OutcomeStatus.ACHIEVED, "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "USSR", "ussr 2", "-ussr", "ussr-", "ussr--2", "üssr", "a_b"})
  void idsMustBeSlugs(String id) {
    assertThatThrownBy(() -> Actor.builder().id(id).name("Soviet Union").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("Actor.id: ")
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidModelException) e).field()).isEqualTo("Actor.id"));
  }

  @Test
  void textMustNotBeBlank() {
    assertThatThrownBy(() -> Actor.builder().id("ussr").name("  ").build())
        .hasMessage("Actor.name: must not be blank");
  }

  @Test
  void textIsOneLineWithoutSurroundingSpace() {
    assertThatThrownBy(() -> Actor.builder().id("ussr").name("Soviet\nUnion").build())
        .hasMessageStartingWith("Actor.name: expected text on one line but found control character U+000A");
    assertThatThrownBy(() -> Actor.builder().id("ussr").name("Soviet Union ").build())
        .hasMessageStartingWith("Actor.name: expected text without space at either end");
  }

  @Test
  void duplicateIdsInAListAreRefused() {
    Actor ussr = Actor.builder().id("ussr").name("Soviet Union").build();
    assertThatThrownBy(() -> Question.builder().id("q").prompt("Who won?").addActor(ussr).addActor(ussr).build())
        .hasMessage("Question.actors[1]: duplicate id 'ussr'");
  }

  @Test
  void weightsMustNotBeNegative() {
    assertThatThrownBy(() -> Criterion.builder().id("c").name("C").measure(Measure.PERCEPTION).weight(-0.5).build())
        .hasMessageStartingWith("Criterion.weight: expected a finite number of at least 0 but found -0.5");
    assertThatThrownBy(() -> Criterion.builder().id("c").name("C").measure(Measure.PERCEPTION).weight(Double.NaN).build())
        .hasMessageStartingWith("Criterion.weight:");
  }

  @Test
  void readingsOnlyWhenTheOutcomeDependsOnTheReading() {
    Reading reading = Reading.builder().id("r").intent("If so").status(OutcomeStatus.ACHIEVED).build();
    assertThatThrownBy(() -> Outcome.builder().status(OutcomeStatus.ACHIEVED).addReading(reading).addReading(reading.withId("s")).build())
        .hasMessageStartingWith("Outcome.readings: readings are only allowed when the status is 'depends-on-reading', not 'achieved'");
    assertThatThrownBy(() -> Outcome.builder().status(OutcomeStatus.DEPENDS_ON_READING).addReading(reading).build())
        .hasMessageStartingWith("Outcome.readings: an outcome that depends on the reading needs at least two readings");
    assertThatThrownBy(() -> Reading.builder().id("r").intent("If so").status(OutcomeStatus.DEPENDS_ON_READING).build())
        .hasMessageStartingWith("Reading.status:");
  }

  @Test
  void statusBeforeEvidenceNeedsEvidence() {
    assertThatThrownBy(() -> Outcome.builder().status(OutcomeStatus.ACHIEVED).statusBeforeEvidence(OutcomeStatus.NOT_ACHIEVED).build())
        .hasMessageStartingWith("Outcome.statusBeforeEvidence:");
  }

  @Test
  void anObjectiveNeedsAnActorNamedOnce() {
    assertThatThrownBy(() -> Objective.builder().id("o").statement("Win").outcome(achieved()).build())
        .hasMessageStartingWith("Objective.actors: an objective needs at least one actor");
    assertThatThrownBy(() -> Objective.builder().id("o").addActor("usa").addActor("usa").statement("Win").outcome(achieved()).build())
        .hasMessageStartingWith("Objective.actors: an actor is named twice");
  }

  @Test
  void customMeasuresAreNamedExactlyForCustomCriteria() {
    assertThatThrownBy(() -> Criterion.builder().id("c").name("C").measure(Measure.CUSTOM).build())
        .hasMessageStartingWith("Criterion.customMeasure: a custom criterion must name its custom measure");
    assertThatThrownBy(() -> Criterion.builder().id("c").name("C").measure(Measure.PERCEPTION).customMeasure("x").build())
        .hasMessageStartingWith("Criterion.customMeasure: only allowed when the measure is 'custom'");
  }

  @Test
  void otherKindsAreNamed() {
    assertThatThrownBy(() -> Question.builder().id("q").prompt("Why?").kind(QuestionKind.OTHER).build())
        .hasMessageStartingWith("Question.kindLabel:");
    assertThatThrownBy(() -> Question.builder().id("q").prompt("Why?").kindLabel("Causes").build())
        .hasMessageStartingWith("Question.kindLabel: only allowed when the kind is 'other'");
  }

  @Test
  void evidenceCannotComeOutBeforeItHappened() {
    assertThatThrownBy(() -> Evidence.builder().id("e").statement("A deal").date(HistoricalDate.parse("1962-10-27"))
            .knownFrom(HistoricalDate.parse("1950")).build())
        .hasMessageStartingWith("Evidence.knownFrom: became known (1950) before it happened (1962-10-27)");
  }

  @Test
  void examAndLevelRules() {
    assertThatThrownBy(() -> ExamMetadata.builder().marks(0).build()).hasMessageStartingWith("ExamMetadata.marks:");
    assertThatThrownBy(() -> LevelDescriptor.builder().level(1).minMarks(5).maxMarks(4).descriptor("d").build())
        .hasMessageStartingWith("LevelDescriptor.maxMarks:");
    assertThatThrownBy(() -> ExamMetadata.builder()
            .addInterpretation(LabelledInterpretation.of("A", "x")).addInterpretation(LabelledInterpretation.of("A", "y")).build())
        .hasMessageStartingWith("ExamMetadata.interpretations[1]: duplicate id 'A'");
  }

  @Test
  void idsAreUniqueAcrossABank() {
    Question q = Question.builder().id("cuba").prompt("Who won?").build();
    Topic t = Topic.builder().id("cuba").title("Cuba").build();
    assertThatThrownBy(() -> QuestionBank.builder().addQuestion(q).addTopic(t).build())
        .hasMessage("QuestionBank.questions and topics[1]: duplicate id 'cuba'");
  }

  @Test
  void enumWordsNameTheExpectedValues() {
    assertThatThrownBy(() -> OutcomeStatus.fromWord("won"))
        .hasMessage("'won' is not a valid outcome status; expected one of achieved, partly-achieved, not-achieved, unclear, depends-on-reading");
  }
}
