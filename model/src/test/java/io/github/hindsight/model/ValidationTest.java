package io.github.hindsight.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cross-reference checks: every problem, with its path, in one report. */
class ValidationTest {

  private static final Actor USSR = Actor.builder().id("ussr").name("Soviet Union").build();

  /** A small question without problems. */
  static Question valid() {
    return Question.builder()
        .id("valid").prompt("Who won?")
        .addActor(USSR)
        .addObjective(Objective.builder().id("o").addActor("ussr").statement("Win").outcome(Outcome.of(OutcomeStatus.ACHIEVED, "")).build())
        .build();
  }

  /** A question that breaks every cross-reference rule once. */
  static Question broken() {
    return Question.builder()
        .id("broken").prompt("Who won?")
        .addActor(USSR)
        .addObjective(Objective.builder().id("o1").addActor("ussr").addActor("ussr2").statement("Win")
            .outcome(Outcome.builder().status(OutcomeStatus.ACHIEVED).addEvidence("missing-evidence").build()).build())
        .addObjective(Objective.builder().id("o2").addActor("ussr").statement("Choose")
            .outcome(Outcome.builder().status(OutcomeStatus.DEPENDS_ON_READING)
                .addReading(Reading.builder().id("a").intent("A").status(OutcomeStatus.ACHIEVED).addEvidence("e9").build())
                .addReading(Reading.builder().id("b").intent("B").status(OutcomeStatus.NOT_ACHIEVED).build())
                .build()).build())
        .addConsequence(Consequence.builder().id("c1").statement("Something").addEffect(ActorEffect.of("usa", Effect.POSITIVE)).addEvidence("e1").build())
        .addEvidence(Evidence.builder().id("e1").statement("A fact").source("nowhere").build())
        .addPerception(Perception.builder().id("p1").actor("cuba").heldBy("Someone").statement("A view").view(Effect.NEGATIVE).build())
        .addInterpretation(Interpretation.builder().id("i1").claim("A claim").addFavour("usa")
            .addSupportingEvidence("e2").addChallengingEvidence("e3").build())
        .exam(ExamMetadata.builder().addInterpretation(LabelledInterpretation.of("A", "i2")).build())
        .build();
  }

  @Test
  void messagesStayShortHoweverLongOrManyTheIdsAre() {
    // A slug may be as long as a document allows; a message quotes it as any value is quoted.
    String huge = "x".repeat(2 << 20);
    Question.Builder q = Question.builder().id("long").prompt("Who won?")
        .addActor(Actor.builder().id(huge).name("Somebody").build())
        .addObjective(Objective.builder().id("o").addActor(huge + "y").statement("Win").outcome(Outcome.of(OutcomeStatus.ACHIEVED, "")).build());
    for (int i = 0; i < 30; i++) {
      q.addActor(Actor.builder().id("a" + i).name("Actor " + i).role(ActorRole.AFFECTED).build());
    }
    List<Problem> problems = q.build().validate().problems();
    assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.message().length()).as("%s", p.path()).isLessThan(2_000));
    assertThat(problems).filteredOn(p -> p.kind() == ProblemKind.UNKNOWN_REFERENCE).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("unknown actor '" + Rules.excerpt(huge + "y") + "'; expected one of a0, a1, a10, ")
          .endsWith(" and 11 more");
      // The value itself is kept whole, for a program to use.
      assertThat(p.reference()).hasValue(huge + "y");
    });
  }

  @Test
  void aLongLoopOfCoalitionsIsNamedByItsEnds() {
    Question.Builder q = Question.builder().id("loop").prompt("Who won?");
    for (int i = 0; i < 30; i++) {
      q.addActor(Actor.builder().id("c" + i).name("Coalition " + i).role(ActorRole.AFFECTED).addMember("c" + (i + 1) % 30).build());
    }
    List<Problem> loops = q.build().validate().errors();
    assertThat(loops).isNotEmpty().allSatisfy(p -> assertThat(p.message().length()).isLessThan(500));
    assertThat(loops).first().satisfies(p -> assertThat(p.message()).isEqualTo("the coalition 'c0' contains itself"
        + " (c0 → c1 → c2 → c3 → c4 → ... 21 more → c26 → c27 → c28 → c29 → c0); expected members that are not made of the coalition"));
  }

  @Test
  void theListOfExpectedIdsStopsAtItsLength() {
    Question.Builder q = Question.builder().id("long").prompt("Who won?")
        .addObjective(Objective.builder().id("o").addActor("nobody").statement("Win").outcome(Outcome.of(OutcomeStatus.ACHIEVED, "")).build());
    for (int i = 0; i < 5; i++) {
      q.addActor(Actor.builder().id(i + "-" + "y".repeat(60)).name("Actor " + i).role(ActorRole.AFFECTED).build());
    }
    // Three ids of 62 characters fit in the list; the fourth would take it past 200.
    String y = "y".repeat(60);
    assertThat(q.build().validate().errors()).singleElement().satisfies(p -> assertThat(p.message())
        .isEqualTo("unknown actor 'nobody'; expected one of 0-" + y + ", 1-" + y + ", 2-" + y + " and 2 more"));
  }

  @Test
  void reportsEveryBrokenReferenceWithItsPath() {
    ValidationReport report = broken().validate();

    assertThat(report.isValid()).isFalse();
    assertThat(report.errors()).extracting(p -> p.path().toString()).containsExactly(
        "objectives[0].actors[1]",
        "objectives[0].outcome.evidence[0]",
        "objectives[1].outcome.readings[0].evidence[0]",
        "consequences[0].effects[0].actor",
        "evidence[0].source",
        "perceptions[0].actor",
        "interpretations[0].favours[0]",
        "interpretations[0].supportingEvidence[0]",
        "interpretations[0].challengingEvidence[0]",
        "exam.interpretations[0].interpretation");
    assertThat(report.errors().get(0)).hasToString("objectives[0].actors[1]: error: unknown actor 'ussr2'; expected one of ussr");
    assertThat(report.errors().get(4).message()).isEqualTo("unknown source 'nowhere' (none is defined)");
    assertThat(report.errors()).extracting(Problem::kind).containsOnly(ProblemKind.UNKNOWN_REFERENCE);
    assertThat(report.errors()).extracting(p -> p.reference().orElseThrow())
        .containsExactly("ussr2", "missing-evidence", "e9", "usa", "nowhere", "cuba", "usa", "e2", "e3", "i2");
    assertThat(report.errors().get(0).path().pointer()).isEqualTo("/objectives/0/actors/1");
  }

  @Test
  void warnsAboutWhatIsConsistentButOdd() {
    Question q = Question.builder().id("q").prompt("Who won?").addActor(USSR)
        .addActor(Actor.builder().id("usa").name("United States").build())
        .addObjective(Objective.builder().id("o").addActor("ussr").statement("Win").outcome(Outcome.of(OutcomeStatus.ACHIEVED, "")).build())
        .addConsequence(Consequence.builder().id("c").statement("Nothing much").build())
        .build();
    ValidationReport report = q.validate();
    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).extracting(p -> p.path().toString()).containsExactly("consequences[0].effects", "actors[1]");
    assertThat(report.warnings()).extracting(Problem::kind).containsOnly(ProblemKind.NOTHING_TO_JUDGE);
  }

  @Test
  void warnsOfEvidenceWithNoDateAtAllAndSaysWhatItMeans() {
    Question q = Question.builder().id("q").prompt("Who won?").addActor(USSR)
        .addObjective(Objective.builder().id("o").addActor("ussr").statement("Win").outcome(Outcome.of(OutcomeStatus.ACHIEVED, "")).build())
        .addEvidence(Evidence.builder().id("dated").statement("A deal.").date(HistoricalDate.parse("1962-10-27")).build())
        .addEvidence(Evidence.builder().id("came-out").statement("Papers.").knownFrom(HistoricalDate.parse("199X")).build())
        .addEvidence(Evidence.builder().id("poster").statement("A poster.").build())
        .build();
    ValidationReport report = q.validate();
    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).singleElement().satisfies(w -> {
      assertThat(w.kind()).isEqualTo(ProblemKind.UNDATED);
      assertThat(w.path().toString()).isEqualTo("evidence[2]");
      assertThat(w.message()).contains("'poster'").contains("counts it as already known");
    });
  }

  @Test
  void onlyAnUnknownReferenceNamesAReference() {
    ModelPath actors = ModelPath.of("actors");
    assertThat(Problem.unknownReference(actors.index(0), "ussr", "unknown actor 'ussr'").reference()).hasValue("ussr");
    assertThatThrownBy(() -> Problem.of(Severity.ERROR, ProblemKind.UNKNOWN_REFERENCE, actors, "unknown actor"))
        .hasMessage("an unknown reference must name the id that was not found");
    assertThatThrownBy(() -> Problem.of(Severity.ERROR, ProblemKind.DUPLICATE_ID, actors, "duplicate id 'ussr'").withReference("ussr"))
        .hasMessage("only an unknown reference names a reference, not a problem of kind DUPLICATE_ID");
  }

  @Test
  void aSmallQuestionIsValid() {
    assertThat(valid().validate().problems()).isEmpty();
  }

  @Test
  void bankPathsNameTheQuestion() {
    QuestionBank bank = QuestionBank.builder()
        .addQuestion(valid())
        .addQuestion(broken().withTopic("nowhere"))
        .addTopic(Topic.builder().id("cold-war").title("The Cold War").addRelatedTopic("berlin").addRelatedQuestion("valid").addRelatedQuestion("gone").build())
        .build();
    ValidationReport report = bank.validate();
    assertThat(report.errors()).extracting(p -> p.path().toString())
        .startsWith("questions[1].objectives[0].actors[1]")
        .contains("questions[1].topic", "topics[0].relatedTopics[0]", "topics[0].relatedQuestions[1]")
        .noneMatch(path -> path.startsWith("questions[0]"));
  }
}
