package io.github.hindsight.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule that construction enforces, the path within the value its error names, and its kind. */
class ConstructionRulesTest {

  private static Outcome achieved() {
    return Outcome.of(OutcomeStatus.ACHIEVED, "");
  }

  /** The refusal of a construction, which must say where in the value it was and why, in words without Java names. */
  private static InvalidModelException refused(ThrowingCallable build, String path, ProblemKind kind) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, build);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.path()).hasToString(path);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.getMessage()).doesNotContainPattern("[A-Z][a-zA-Z]+\\.[a-z]");
    return e;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "USSR", "ussr 2", "-ussr", "ussr-", "ussr--2", "üssr", "a_b"})
  void idsMustBeSlugs(String id) {
    InvalidModelException e = refused(() -> Actor.builder().id(id).name("Soviet Union").build(), "id", ProblemKind.BAD_VALUE);
    assertThat(e).hasMessageStartingWith("'" + id + "' is not an id; expected lower-case letters and digits");
    assertThat(e.path()).isEqualTo(ModelPath.of("id"));
    assertThat(Rules.idProblem(id)).hasValue(e.getMessage());
  }

  @Test
  void textMustNotBeBlank() {
    assertThat(refused(() -> Actor.builder().id("ussr").name("  ").build(), "name", ProblemKind.BAD_VALUE))
        .hasMessage("must not be blank");
  }

  @Test
  void textIsOneLineWithoutSurroundingSpace() {
    assertThat(refused(() -> Actor.builder().id("ussr").name("Soviet\nUnion").build(), "name", ProblemKind.BAD_VALUE))
        .hasMessageStartingWith("expected text on one line but found control character U+000A");
    assertThat(refused(() -> Actor.builder().id("ussr").name("Soviet Union ").build(), "name", ProblemKind.BAD_VALUE))
        .hasMessageStartingWith("expected text without space at either end");
  }

  @Test
  void theNamesOfListsAndMapsArePartOfThePath() {
    refused(() -> Actor.builder().id("ussr").name("Soviet Union").addMembers("cuba", "Not An Id").build(), "members[1]",
        ProblemKind.BAD_VALUE);
    InvalidModelException e = refused(() -> Actor.builder().id("ussr").name("Soviet Union").putIdentifier("wikidata", "").build(),
        "identifiers.wikidata", ProblemKind.BAD_VALUE);
    assertThat(e.path().pointer()).isEqualTo("/identifiers/wikidata");
  }

  @Test
  void duplicateIdsInAListAreRefused() {
    Actor ussr = Actor.builder().id("ussr").name("Soviet Union").build();
    assertThat(refused(() -> Question.builder().id("q").prompt("Who won?").addActor(ussr).addActor(ussr).build(), "actors[1]",
        ProblemKind.DUPLICATE_ID)).hasMessage("duplicate id 'ussr'");
  }

  @Test
  void weightsMustNotBeNegative() {
    assertThat(refused(() -> Criterion.builder().id("c").name("C").measure(Measure.PERCEPTION).weight(-0.5).build(), "weight",
        ProblemKind.BAD_VALUE)).hasMessage("expected a finite number of at least 0 but found -0.5");
    refused(() -> Criterion.builder().id("c").name("C").measure(Measure.PERCEPTION).weight(Double.NaN).build(), "weight", ProblemKind.BAD_VALUE);
  }

  @Test
  void readingsOnlyWhenTheOutcomeDependsOnTheReading() {
    Reading reading = Reading.builder().id("r").intent("If so").status(OutcomeStatus.ACHIEVED).build();
    assertThat(refused(() -> Outcome.builder().status(OutcomeStatus.ACHIEVED).addReading(reading).addReading(reading.withId("s")).build(),
        "readings", ProblemKind.NOT_ALLOWED))
        .hasMessage("readings are only allowed when the status is 'depends-on-reading', not 'achieved'");
    assertThat(refused(() -> Outcome.builder().status(OutcomeStatus.DEPENDS_ON_READING).addReading(reading).build(), "readings", ProblemKind.MISSING))
        .hasMessage("an outcome that depends on the reading needs at least two readings");
    refused(() -> Reading.builder().id("r").intent("If so").status(OutcomeStatus.DEPENDS_ON_READING).build(), "status", ProblemKind.BAD_VALUE);
  }

  @Test
  void statusBeforeEvidenceNeedsEvidence() {
    assertThat(refused(() -> Outcome.builder().status(OutcomeStatus.ACHIEVED).statusBeforeEvidence(OutcomeStatus.NOT_ACHIEVED).build(),
        "statusBeforeEvidence", ProblemKind.MISSING))
        .hasMessage("a status before the evidence came out needs the evidence whose coming out changed the outcome");
  }

  @Test
  void anObjectiveNeedsAnActorNamedOnce() {
    assertThat(refused(() -> Objective.builder().id("o").statement("Win").outcome(achieved()).build(), "actors", ProblemKind.MISSING))
        .hasMessage("an objective needs at least one actor");
    assertThat(refused(() -> Objective.builder().id("o").addActor("usa").addActor("usa").statement("Win").outcome(achieved()).build(),
        "actors", ProblemKind.DUPLICATE_ID)).hasMessage("an actor is named twice");
  }

  @Test
  void customMeasuresAreNamedExactlyForCustomCriteria() {
    assertThat(refused(() -> Criterion.builder().id("c").name("C").measure(Measure.CUSTOM).build(), "customMeasure", ProblemKind.MISSING))
        .hasMessage("a custom criterion must name its custom measure");
    assertThat(refused(() -> Criterion.builder().id("c").name("C").measure(Measure.PERCEPTION).customMeasure("x").build(), "customMeasure",
        ProblemKind.NOT_ALLOWED)).hasMessage("a custom measure is only allowed when the measure is 'custom', not 'perception'");
  }

  @Test
  void otherKindsAreNamed() {
    refused(() -> Question.builder().id("q").prompt("Why?").kind(QuestionKind.OTHER).build(), "kindLabel", ProblemKind.MISSING);
    assertThat(refused(() -> Question.builder().id("q").prompt("Why?").kindLabel("Causes").build(), "kindLabel", ProblemKind.NOT_ALLOWED))
        .hasMessage("a kind label is only allowed when the kind is 'other', not 'who-won'");
  }

  @Test
  void evidenceCannotComeOutBeforeItHappened() {
    assertThat(refused(() -> Evidence.builder().id("e").statement("A deal").date(HistoricalDate.parse("1962-10-27"))
            .knownFrom(HistoricalDate.parse("1950")).build(), "knownFrom", ProblemKind.BAD_VALUE))
        .hasMessageStartingWith("the evidence became known (1950) before it had happened (1962-10-27)");
  }

  @Test
  void evidenceIsKnownOnlyOnceItsDateHasPassedUnderTheOneRule() {
    // 1962 may mean December, so a known-from date of November 1962 could come before it.
    refused(() -> Evidence.builder().id("e").statement("A deal").date(HistoricalDate.parse("1962"))
        .knownFrom(HistoricalDate.parse("1962-11")).build(), "knownFrom", ProblemKind.BAD_VALUE);
    Evidence e = Evidence.builder().id("e").statement("A deal").date(HistoricalDate.parse("1962-10"))
        .knownFrom(HistoricalDate.parse("199X")).build();
    assertThat(e.isKnownBy(HistoricalDate.parse("1995"))).isFalse();
    assertThat(e.isKnownBy(HistoricalDate.parse("1999"))).isTrue();
    Evidence votes = Evidence.builder().id("votes").statement("The Senate votes.").knownFrom(HistoricalDate.parse("1919/1920")).build();
    assertThat(votes.isKnownBy(HistoricalDate.parse("1919-12"))).isFalse();
    assertThat(votes.isKnownBy(HistoricalDate.parse("1920"))).isTrue();
  }

  @Test
  void aReadingsStatusBeforeItsEvidenceNeedsEvidenceAndMustSettleTheOutcome() {
    Reading.Builder reading = Reading.builder().id("chip").intent("A bargaining chip.").status(OutcomeStatus.ACHIEVED)
        .statusBeforeEvidence(OutcomeStatus.NOT_ACHIEVED);
    assertThat(refused(reading::build, "statusBeforeEvidence", ProblemKind.MISSING)).hasMessageContaining("needs the evidence");
    reading.addEvidence("turkey-deal");
    assertThat(reading.build().statusBeforeEvidence()).contains(OutcomeStatus.NOT_ACHIEVED);
    refused(() -> reading.statusBeforeEvidence(OutcomeStatus.DEPENDS_ON_READING).build(), "statusBeforeEvidence", ProblemKind.BAD_VALUE);
  }

  @Test
  void examAndLevelRules() {
    assertThat(refused(() -> ExamMetadata.builder().marks(0).build(), "marks", ProblemKind.BAD_VALUE))
        .hasMessage("expected 1 or more marks but found 0");
    refused(() -> LevelDescriptor.builder().level(1).minMarks(5).maxMarks(4).descriptor("d").build(), "maxMarks", ProblemKind.BAD_VALUE);
    assertThat(refused(() -> ExamMetadata.builder()
            .addInterpretation(LabelledInterpretation.of("A", "x")).addInterpretation(LabelledInterpretation.of("A", "y")).build(),
        "interpretations[1]", ProblemKind.DUPLICATE_ID)).hasMessage("duplicate id 'A'");
  }

  @Test
  void idsAreUniqueAcrossABankAtTheItemThatRepeatsThem() {
    Question q = Question.builder().id("cuba").prompt("Who won?").build();
    Topic t = Topic.builder().id("cuba").title("Cuba").build();
    assertThat(refused(() -> QuestionBank.builder().addQuestion(q).addTopic(t).build(), "topics[0]", ProblemKind.DUPLICATE_ID))
        .hasMessage("duplicate id 'cuba'");
    refused(() -> QuestionBank.builder().addQuestion(q).addQuestion(q).build(), "questions[1]", ProblemKind.DUPLICATE_ID);
  }

  @Test
  void theRulesForReadersAreThoseOfTheBuilders() {
    assertThat(Rules.idProblem("turkey-missiles")).isEmpty();
    assertThat(Rules.textProblem("")).isEmpty();
    assertThat(Rules.nonBlankTextProblem("")).hasValue("must not be blank");
    assertThat(Rules.nonBlankTextProblem("Soviet Union")).isEmpty();
    assertThat(Rules.weightProblem(0)).isEmpty();
    assertThat(Rules.weightProblem(Double.POSITIVE_INFINITY)).hasValue("expected a finite number of at least 0 but found Infinity");
    InvalidModelException e = refused(() -> Outcome.of(OutcomeStatus.ACHIEVED, " why"), "rationale", ProblemKind.BAD_VALUE);
    assertThat(Rules.textProblem(" why")).hasValue(e.getMessage());
    e = refused(() -> Criterion.builder().id("c").name("C").measure(Measure.PERCEPTION).weight(-2).build(), "weight", ProblemKind.BAD_VALUE);
    assertThat(Rules.weightProblem(-2)).hasValue(e.getMessage());
  }

  @Test
  void enumWordsNameTheExpectedValues() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutcomeStatus.fromWord("won"))
        .hasMessage("'won' is not a valid outcome status; expected one of achieved, partly-achieved, not-achieved, unclear, depends-on-reading");
  }

  @Test
  void textRefusesALoneSurrogateSoThatEveryFormatCanWriteIt() {
    InvalidModelException e = refused(() -> Actor.builder().id("ussr").name("Sov\ud800iet").build(), "name", ProblemKind.BAD_VALUE);
    assertThat(e).hasMessage("expected text but found a lone surrogate U+D800 at index 3");
    assertThat(Rules.textProblem("a\udc00")).hasValue("expected text but found a lone surrogate U+DC00 at index 1");
    assertThat(Rules.textProblem("\ud800")).hasValue("expected text but found a lone surrogate U+D800 at index 0");
    // A pair is one character, such as this emoji, and is welcome.
    assertThat(Rules.textProblem("Castro \ud83c\udf34")).isEmpty();
  }

  @Test
  void keptContentRefusesALoneSurrogate() {
    refused(() -> Extra.builder().format("json").location("").name("colour\udcc0").content("1").build(), "name", ProblemKind.BAD_VALUE);
    refused(() -> Extra.builder().format("json").location("").name("colour").content("\"\ud800\"").build(), "content", ProblemKind.BAD_VALUE);
    assertThat(Extra.builder().format("json").location("").name("colour").content("\"\ud83c\udf34\"").build().name()).isEqualTo("colour");
  }
}
