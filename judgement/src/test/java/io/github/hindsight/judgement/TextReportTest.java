package io.github.hindsight.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorRole;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The short report a student reads, its bounds, its wording, and the answer each kind of question gets. */
class TextReportTest {
  private static final Pattern STRONG_WEAK = Pattern.compile("strongest on (\\S+) .*weakest on (\\S+) ");
  private final Judge judge = Judge.standard();

  /** Every line of the short report fits a screen: 40 lines of 100 columns. */
  static void assertFitsAScreen(String report) {
    List<String> lines = report.lines().toList();
    assertThat(lines).as(report).hasSizeLessThanOrEqualTo(BriefReport.LINES);
    assertThat(lines).as(report).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(TextLayout.WIDTH));
  }

  /** What no report may say: a clause twice over, an item as its own opposite, a gain of nothing. */
  static void assertWellWorded(String report) {
    for (String line : report.lines().toList()) {
      assertThat(line.split("contested", -1).length).as(line).isLessThanOrEqualTo(2);
      assertThat(line).doesNotContain("adding 0.00").doesNotContain("costing 0.00");
      Matcher m = STRONG_WEAK.matcher(line);
      if (m.find()) {
        assertThat(m.group(1)).as(line).isNotEqualTo(m.group(2));
      }
    }
  }

  @Test
  void theCubanReportLeadsWithTheAnswerOnOneScreen() {
    Question q = Samples.cubanMissileCrisis();
    for (JudgementConfig config : List.of(JudgementConfig.hindsight(), JudgementConfig.asOf(HistoricalDate.ofMonth(1962, 11)))) {
      Judgement j = judge.judge(q, config);
      String report = TextReport.render(j);
      assertFitsAScreen(report);
      assertWellWorded(report);
      assertThat(report).startsWith(q.prompt() + "\n").contains("United States comes out ahead")
          .contains("Method: a contest between the sides").doesNotContain("Trace:");
      // The label is explained once, not in every scenario.
      assertThat(report.split("Labels: ", -1)).hasSize(2);
      String full = TextReport.render(j, true);
      assertThat(full).startsWith(report).contains("Trace:").contains("turkey-missiles-out");
      assertWellWorded(full);
    }
    // With hindsight the Soviet Union leads on the aims it achieved, and the short report says so.
    assertThat(TextReport.render(judge.judge(q))).contains("behind Soviet Union on Objectives achieved");
  }

  @Property(tries = 150)
  void everyKindOfRandomQuestionFitsAScreenAndIsWellWorded(@ForAll long seed, @ForAll QuestionKind kind) {
    Question q = RandomQuestions.judgeable(seed);
    q = Question.builder().from(q).kind(kind).kindLabel(kind == QuestionKind.OTHER ? java.util.Optional.of("assess") : java.util.Optional.empty()).build();
    Judgement j = judge.judge(q);
    String report = TextReport.render(j);
    assertFitsAScreen(report);
    assertWellWorded(report);
    assertWellWorded(TextReport.render(j, true));
    assertThat(report).contains("Method: " + j.method().describe());
  }

  private static Question threeEqualSides(QuestionKind kind) {
    Question.Builder q = Question.builder().id("three").prompt("Who came out best?").kind(kind);
    if (kind == QuestionKind.OTHER) {
      q.kindLabel("assess");
    }
    for (String id : List.of("north", "south", "east")) {
      q.addActor(Actor.builder().id(id).name(id.substring(0, 1).toUpperCase() + id.substring(1)).build());
      q.addObjective(Objective.builder().id(id + "-aim").addActor(id).statement("Hold the " + id + ".")
          .outcome(Outcome.of(OutcomeStatus.PARTLY_ACHIEVED, "")).build());
    }
    return q.build();
  }

  @Test
  void aThreeWayTieIsNamedInFull() {
    Judgement j = judge.judge(threeEqualSides(QuestionKind.WHO_WON));
    Verdict v = j.verdict();
    assertThat(v.leaders()).containsExactly("north", "south", "east");
    assertThat(v.isTie()).isTrue();
    assertThat(j.isSettled()).isFalse();
    assertThat(j.leaders()).containsExactly("north", "south", "east");
    assertThat(v.standings()).extracting(Standing::rank).containsExactly(1, 1, 1);
    assertThat(TextReport.render(j)).contains("North, South and East tie for the lead at 0.50");
    assertThat(TextReport.render(j, true)).contains("North, South and East tie for the lead at 0.50");
  }

  @Test
  void noSideLeadsOnACriterionWithNothingToScore() {
    Judgement j = judge.judge(threeEqualSides(QuestionKind.WHO_WON).withActors(List.of(
        Actor.builder().id("north").name("North").build(), Actor.builder().id("south").name("South").build(),
        Actor.builder().id("east").name("East").build())));
    assertThat(j.verdict().leadersOn("perception")).isEmpty();
    assertThat(TextReport.render(j, true)).doesNotContainPattern("leads? on Perception").doesNotContainPattern("leads? on Consequences")
        .doesNotContain("behind");
  }

  @Test
  void aHowFarQuestionGivesEachActorsExtentAndNoWinner() {
    Question q = threeEqualSides(QuestionKind.HOW_FAR_AIMS_ACHIEVED);
    List<Objective> objectives = new java.util.ArrayList<>(q.objectives());
    objectives.set(0, objectives.get(0).withOutcome(Outcome.of(OutcomeStatus.ACHIEVED, "")));
    objectives.set(2, objectives.get(2).withOutcome(Outcome.of(OutcomeStatus.NOT_ACHIEVED, "")));
    Judgement j = judge.judge(q.withObjectives(objectives));
    assertThat(j.method()).isEqualTo(Method.EXTENT_OF_AIMS);
    assertThat(j.verdict().aims()).extracting(a -> a.extent().orElseThrow()).containsExactly(Extent.LARGELY, Extent.PARTLY, Extent.HARDLY);
    assertThat(j.verdict().aims().get(0).achieved()).containsExactly("north-aim");
    assertThat(j.verdict().aims().get(2).failed()).containsExactly("east-aim");
    String report = TextReport.render(j);
    assertFitsAScreen(report);
    assertThat(report.replaceAll("\\s+", " ")).contains("How far each met its own aims: largely North; partly South; hardly East.")
        .contains("No winner is named")
        .doesNotContain("comes out ahead").doesNotContain("tie for the lead");
  }

  @Test
  void aHowFarReportNamesTheActorsWithNoAimsRecorded() {
    Question q = threeEqualSides(QuestionKind.HOW_FAR_AIMS_ACHIEVED);
    List<Actor> actors = new java.util.ArrayList<>(q.actors().stream()
        .map(a -> a.id().equals("east") ? a.withRole(ActorRole.AFFECTED) : a).toList());
    actors.add(Actor.builder().id("west").name("West").role(ActorRole.OBSERVER).build());
    actors.add(Actor.builder().id("quiet").name("Quiet").build());
    q = q.withActors(actors);
    q = q.withObjectives(q.objectives().stream().filter(o -> !o.actors().contains("east")).toList());
    String report = TextReport.render(judge.judge(q));
    assertFitsAScreen(report);
    assertThat(report.replaceAll("\\s+", " "))
        .contains("East (a party affected) and West (an observer) have no aims recorded, so they are not measured")
        .contains("No aims are recorded for Quiet, so it is not measured.");
  }

  @Test
  void theContestTableNamesEachCriterionInFullOverTwoHeaderRowsAndTheOthersByTheirRoles() {
    Question q = Samples.cubanMissileCrisis();
    q = q.withActors(q.actors().stream().map(a -> a.id().equals("cuba") ? a.withRole(ActorRole.AFFECTED) : a).toList());
    Judgement j = judge.judge(q);
    String report = TextReport.render(j);
    assertFitsAScreen(report);
    List<String> lines = report.lines().toList();
    int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("Rank")).findFirst().orElseThrow());
    String both = lines.get(header - 2) + " " + lines.get(header - 1) + " " + lines.get(header);
    for (io.github.hindsight.model.Criterion c : j.criteria()) {
      for (String word : c.name().split(" ")) {
        assertThat(both).as(c.name()).contains(word);
      }
    }
    assertThat(both).as("no header cut").doesNotContainPattern("[^\\s\\d]\\.(\\s|$)");
    assertThat(report.replaceAll("\\s+", " ")).contains("Not ranked: Cuba (a party affected)").doesNotContain("not a side");
  }

  @Test
  void theKindOfQuestionChoosesTheMethodAndOtherSaysWhich() {
    assertThat(Method.of(QuestionKind.WHO_WON, false)).isEqualTo(Method.CONTEST);
    assertThat(Method.of(QuestionKind.HOW_SUCCESSFUL, false)).isEqualTo(Method.EXTENT_OF_AIMS);
    assertThat(Method.of(QuestionKind.HOW_CONVINCING, false)).isEqualTo(Method.INTERPRETATIONS);
    assertThat(Method.of(QuestionKind.TO_WHAT_EXTENT, false)).isEqualTo(Method.INTERPRETATIONS);
    Judgement other = judge.judge(threeEqualSides(QuestionKind.OTHER));
    assertThat(other.method()).isEqualTo(Method.CONTEST);
    assertThat(other.methodNote()).get().asString().contains("'assess'").contains("closest method");
    assertThat(TextReport.render(other)).contains("closest method");
    assertThat(judge.judge(threeEqualSides(QuestionKind.WHO_WON)).methodNote()).isEmpty();
  }

  @Test
  void howConvincingWeighsTheInterpretationsAndNamesWhatEachLeavesOut() {
    Question q = Samples.cubanMissileCrisis().withKind(QuestionKind.HOW_CONVINCING);
    Judgement j = judge.judge(q);
    assertThat(j.method()).isEqualTo(Method.INTERPRETATIONS);
    String report = TextReport.render(j);
    assertFitsAScreen(report);
    assertThat(report.replaceAll("\\s+", " ")).contains("best supported").contains("leaves out");
    for (InterpretationSupport s : j.interpretations()) {
      assertThat(s.leavesOut()).noneMatch(e -> s.supporting().contains(e) || s.challenging().contains(e));
    }
  }
}
