package io.github.hindsight.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reference question judged with hindsight and as of November 1962, checked through the trace. */
class CubanMissileCrisisJudgementTest {
  private static final Question QUESTION = Samples.cubanMissileCrisis();
  private static final HistoricalDate NOVEMBER_1962 = HistoricalDate.ofMonth(1962, 11);
  private final Judge judge = Judge.standard();

  private static List<String> counted(Verdict v, String actor, String criterion, OutcomeStatus status) {
    return v.trace(actor, criterion).stream().filter(TraceEntry::counted)
        .filter(t -> t.status().equals(java.util.Optional.of(status))).map(TraceEntry::subject).collect(Collectors.toList());
  }

  @Test
  void withHindsightTheSovietUnionLeadsOnObjectivesUnderEveryReading() {
    Judgement j = judge.judge(QUESTION);

    assertThat(j.verdicts()).hasSize(2);
    assertThat(j.verdicts()).extracting(v -> v.scenario().readings().get("missiles-near-usa"))
        .containsExactly("permanent-base", "bargaining-chip");
    for (Verdict v : j.verdicts()) {
      assertThat(v.leaderOn("objectives")).isEqualTo("ussr");
      // The secret deal counts with hindsight: Moscow got the Jupiters out, Washington paid a price.
      assertThat(counted(v, "ussr", "objectives", OutcomeStatus.ACHIEVED)).contains("turkey-missiles-out", "cuba-secure", "peaceful-coexistence");
      assertThat(counted(v, "ussr", "objectives", OutcomeStatus.NOT_ACHIEVED)).contains("khrushchev-standing");
      assertThat(counted(v, "usa", "objectives", OutcomeStatus.ACHIEVED)).containsExactly("cuban-missiles-removed");
      assertThat(counted(v, "usa", "objectives", OutcomeStatus.NOT_ACHIEVED)).containsExactly("no-concessions");
      assertThat(counted(v, "usa", "objectives", OutcomeStatus.PARTLY_ACHIEVED)).containsExactly("cuba-isolated");
      assertThat(v.trace()).noneMatch(TraceEntry::beforeEvidence);
      // Shared aims are scored only under shared objectives, so nothing is counted twice.
      assertThat(v.entry("usa", "objectives", "safer-homeland")).isEmpty();
      assertThat(v.entry("usa", "shared-aims", "safer-homeland")).get().extracting(TraceEntry::counted).isEqualTo(true);
    }
    assertThat(j.verdicts().get(0).entry("ussr", "objectives", "missiles-near-usa").orElseThrow().status()).contains(OutcomeStatus.NOT_ACHIEVED);
    assertThat(j.verdicts().get(1).entry("ussr", "objectives", "missiles-near-usa").orElseThrow().status()).contains(OutcomeStatus.ACHIEVED);
    assertThat(j.unknownEvidence()).isEmpty();
  }

  @Test
  void asOfNovember1962TheUnitedStatesLeadsOnPerceptionAndOverall() {
    Judgement j = judge.judge(QUESTION, JudgementConfig.asOf(NOVEMBER_1962));

    assertThat(j.unknownEvidence()).contains("turkey-deal").doesNotContain("no-invasion-pledge", "soviet-missiles-withdrawn");
    for (Verdict v : j.verdicts()) {
      assertThat(v.leader()).isEqualTo("usa");
      assertThat(v.leaderOn("perception")).isEqualTo("usa");
      assertThat(v.leaderOn("objectives")).isEqualTo("usa");

      TraceEntry turkey = v.entry("ussr", "objectives", "turkey-missiles-out").orElseThrow();
      assertThat(turkey.counted()).isTrue();
      assertThat(turkey.beforeEvidence()).isTrue();
      assertThat(turkey.status()).contains(OutcomeStatus.NOT_ACHIEVED);
      assertThat(turkey.unknownEvidence()).containsExactly("turkey-deal");

      TraceEntry noConcessions = v.entry("usa", "objectives", "no-concessions").orElseThrow();
      assertThat(noConcessions.beforeEvidence()).isTrue();
      assertThat(noConcessions.status()).contains(OutcomeStatus.ACHIEVED);

      // Aims whose evidence dates from 1963 and 1964 are reported as unclear, not guessed.
      for (String later : List.of("khrushchev-standing", "peaceful-coexistence")) {
        TraceEntry e = v.entry("ussr", "objectives", later).orElseThrow();
        assertThat(e.counted()).isFalse();
        assertThat(e.status()).contains(OutcomeStatus.UNCLEAR);
        assertThat(e.contribution()).isZero();
      }
      // Only perceptions held at the time count; the later Soviet rehabilitation does not.
      assertThat(v.entry("ussr", "perception", "soviet-gains-recognised").orElseThrow().counted()).isFalse();
      assertThat(v.entry("usa", "perception", "kennedy-triumphant").orElseThrow().counted()).isTrue();
      // Consequences that came after the date are left out.
      assertThat(v.entry("ussr", "consequences", "khrushchev-falls").orElseThrow().counted()).isFalse();
      assertThat(v.entry("ussr", "consequences", "castro-estranged").orElseThrow().counted()).isTrue();
    }
  }

  @Test
  void theShiftIsExplainedByTheTurkeyDeal() {
    Verdict hindsight = judge.judge(QUESTION, JudgementConfig.builder().putReading("missiles-near-usa", "permanent-base").build()).verdict();
    Verdict then = judge.judge(QUESTION, JudgementConfig.builder().asOf(NOVEMBER_1962).putReading("missiles-near-usa", "permanent-base").build()).verdict();

    double turkeyNow = hindsight.entry("ussr", "objectives", "turkey-missiles-out").orElseThrow().contribution();
    double turkeyThen = then.entry("ussr", "objectives", "turkey-missiles-out").orElseThrow().contribution();
    assertThat(turkeyNow).isGreaterThan(0);
    assertThat(turkeyThen).isZero();
    assertThat(hindsight.score("ussr", "objectives").value()).isGreaterThan(hindsight.score("usa", "objectives").value());
    assertThat(then.score("ussr", "objectives").value()).isLessThan(then.score("usa", "objectives").value());
  }

  @Test
  void contributionsAddUpToEachScoreAndScoresToEachTotal() {
    for (JudgementConfig config : List.of(JudgementConfig.hindsight(), JudgementConfig.asOf(NOVEMBER_1962))) {
      for (Verdict v : judge.judge(QUESTION, config).verdicts()) {
        for (Score s : v.scores()) {
          double sum = v.trace(s.actor(), s.criterion()).stream().mapToDouble(TraceEntry::contribution).sum();
          assertThat(sum).as("%s on %s", s.actor(), s.criterion()).isCloseTo(s.value(), org.assertj.core.data.Offset.offset(1e-9));
        }
        for (Standing st : v.standings()) {
          double sum = v.scores().stream().filter(s -> s.actor().equals(st.actor())).mapToDouble(Score::contribution).sum();
          assertThat(sum).isCloseTo(st.total(), org.assertj.core.data.Offset.offset(1e-9));
        }
      }
    }
  }

  @Test
  void noReadingDecidesTheOverallWinnerButTheLeaderIsClear() {
    Judgement j = judge.judge(QUESTION);

    assertThat(j.isSettled()).isTrue();
    assertThat(j.decisiveReadings()).isEmpty();
    assertThat(j.verdicts()).allSatisfy(v -> {
      assertThat(v.leader()).isEqualTo("usa");
      // Written out rather than taken from the standard, so that a changed threshold shows here.
      assertThat(v.label()).isEqualTo(Label.CLEAR);
      assertThat(v.margin()).isGreaterThanOrEqualTo(0.15);
      assertThat(v.labelReason()).endsWith("meets the 'clear and convincing' standard (at least 0.15)");
    });
  }

  @Test
  void interpretationsAreSupportedByTheEvidenceKnownAtTheTime() {
    Judgement hindsight = judge.judge(QUESTION);
    Judgement then = judge.judge(QUESTION, JudgementConfig.asOf(NOVEMBER_1962));

    InterpretationSupport kennedyNow = support(hindsight, "kennedy-victory");
    InterpretationSupport kennedyThen = support(then, "kennedy-victory");
    assertThat(kennedyNow.challenging()).containsExactly("turkey-deal");
    assertThat(kennedyThen.challenging()).isEmpty();
    assertThat(kennedyThen.unknown()).containsExactly("turkey-deal");
    assertThat(kennedyThen.support()).isGreaterThan(kennedyNow.support());
    assertThat(kennedyThen.agreement()).isEqualTo(1.0);
    assertThat(support(then, "soviet-success").agreement()).isZero();
    assertThat(support(then, "negotiated-compromise").agreement()).isEqualTo(0.5);
  }

  private static InterpretationSupport support(Judgement j, String id) {
    return j.interpretations().stream().filter(s -> s.interpretation().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void judgingIsDeterministic() {
    JudgementConfig config = JudgementConfig.asOf(NOVEMBER_1962);
    assertThat(judge.judge(QUESTION, config)).isEqualTo(Judge.standard().judge(Samples.cubanMissileCrisis(), config));
    assertThat(TextReport.render(judge.judge(QUESTION))).isEqualTo(TextReport.render(judge.judge(QUESTION)));
  }
}
