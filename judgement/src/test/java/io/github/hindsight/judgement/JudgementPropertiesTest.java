package io.github.hindsight.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the method that hold for any question. */
class JudgementPropertiesTest {
  private final Judge judge = Judge.standard();

  private static JudgementConfig config(Optional<Integer> asOfYear) {
    return asOfYear.map(y -> JudgementConfig.asOf(HistoricalDate.ofYear(y))).orElse(JudgementConfig.hindsight());
  }

  @Property(tries = 200)
  void scoresAndTotalsStayBetweenZeroAndOne(@ForAll long seed, @ForAll @IntRange(min = 1958, max = 2000) int year, @ForAll boolean hindsight) {
    Question q = RandomQuestions.judgeable(seed);
    Judgement j = judge.judge(q, config(hindsight ? Optional.empty() : Optional.of(year)));

    for (Verdict v : j.verdicts()) {
      assertThat(v.scores()).allSatisfy(s -> assertThat(s.value()).isBetween(0.0, 1.0));
      assertThat(v.standings()).allSatisfy(s -> assertThat(s.total()).isBetween(0.0, 1.0));
      assertThat(v.margin()).isBetween(0.0, 1.0);
      assertThat(v.trace()).allSatisfy(t -> assertThat(t.contribution()).isBetween(0.0, 1.0));
    }
    assertThat(j.interpretations()).allSatisfy(i -> assertThat(i.support()).isBetween(0.0, 1.0));
  }

  /** The objectives of a single actor whose outcome can still be raised and was not changed by evidence. */
  private static List<Objective> raisable(Question q) {
    List<Objective> own = new ArrayList<>();
    for (Objective o : q.objectives()) {
      OutcomeStatus s = o.outcome().status();
      if (!o.isShared() && s != OutcomeStatus.ACHIEVED && s != OutcomeStatus.DEPENDS_ON_READING && o.outcome().statusBeforeEvidence().isEmpty()) {
        own.add(o);
      }
    }
    return own;
  }

  /** Seeds of questions with an objective to raise, so that no try passes without checking. */
  @Provide
  Arbitrary<Long> seedsWithARaisableObjective() {
    return Arbitraries.longs().filter(seed -> !raisable(RandomQuestions.judgeable(seed)).isEmpty());
  }

  @Property(tries = 200)
  void raisingAnActorsAchievementNeverLowersItsObjectivesScore(@ForAll("seedsWithARaisableObjective") long seed, @ForAll @IntRange(min = 0, max = 20) int pick) {
    Question q = RandomQuestions.judgeable(seed);
    List<Objective> own = raisable(q);
    Objective target = own.get(pick % own.size());
    OutcomeStatus raised = target.outcome().status() == OutcomeStatus.NOT_ACHIEVED && pick % 2 == 0
        ? OutcomeStatus.PARTLY_ACHIEVED : OutcomeStatus.ACHIEVED;
    List<Objective> objectives = new ArrayList<>(q.objectives());
    objectives.set(objectives.indexOf(target), target.withOutcome(target.outcome().withStatus(raised)));
    Question better = q.withObjectives(objectives).withCriteria(List.of());
    String actor = target.actors().get(0);

    List<Verdict> before = judge.judge(q.withCriteria(List.of())).verdicts();
    List<Verdict> after = judge.judge(better).verdicts();
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).score(actor, "objectives").value()).isGreaterThanOrEqualTo(before.get(i).score(actor, "objectives").value() - 1e-12);
    }
  }

  @Property(tries = 100)
  void judgingIsDeterministic(@ForAll long seed, @ForAll @IntRange(min = 1958, max = 2000) int year) {
    Question q = RandomQuestions.judgeable(seed);
    JudgementConfig config = config(Optional.of(year));
    assertThat(judge.judge(q, config)).isEqualTo(judge.judge(RandomQuestions.judgeable(seed), config));
  }

  @Property(tries = 200)
  void tippingPointsReallyChangeTheLeader(@ForAll long seed) {
    Question q = RandomQuestions.judgeable(seed);
    Judgement j = judge.judge(q);
    for (Verdict v : j.verdicts()) {
      JudgementConfig fixed = JudgementConfig.builder().readings(v.scenario().readings()).build();
      for (Sensitivity s : v.sensitivity()) {
        s.above().ifPresent(t -> assertFlip(q, fixed, s.criterion(), t.weight() + 1e-6, t.newLeader()));
        s.below().ifPresent(t -> assertFlip(q, fixed, s.criterion(), Math.max(0, t.weight() - 1e-6), t.newLeader()));
        if (s.isRobust()) {
          for (double w : new double[] {0.001, 0.01, 1, 10, 1000}) {
            // A robust leader may only lose a tie-break, at a weight where a rival draws level.
            Verdict other = verdictAt(q, fixed, s.criterion(), w);
            if (other != null && !other.leader().equals(v.leader())) {
              assertThat(other.isTie()).as("robust %s at %s", s.criterion(), w).isTrue();
              assertThat(other.total(v.leader())).isCloseTo(other.total(other.leader()), org.assertj.core.data.Offset.offset(1e-9));
            }
          }
        }
      }
    }
  }

  /**
   * The analysis holds for weights above 0. At 0 a criterion drops out, and with it a leader that
   * had nothing else to score; that is the only way a leader changes there without a tipping point.
   */
  @Property(tries = 200)
  void atWeightZeroOnlyALeaderWithNothingElseToScoreDropsOut(@ForAll long seed) {
    Question q = RandomQuestions.judgeable(seed);
    for (Verdict v : judge.judge(q).verdicts()) {
      JudgementConfig fixed = JudgementConfig.builder().readings(v.scenario().readings()).build();
      for (Sensitivity s : v.sensitivity()) {
        Verdict atZero = verdictAt(q, fixed, s.criterion(), 0);
        if (atZero == null || s.below().isPresent() || atZero.leaders().contains(v.leader())) {
          continue;
        }
        boolean elsewhere = v.scores().stream().anyMatch(x -> x.actor().equals(v.leader()) && x.hasBasis()
            && !x.criterion().equals(s.criterion()) && x.weight() > 0);
        assertThat(elsewhere).as("%s drops out at %s = 0", v.leader(), s.criterion()).isFalse();
        assertThat(atZero.ranking()).doesNotContain(v.leader());
      }
    }
  }

  private void assertFlip(Question q, JudgementConfig fixed, String criterion, double weight, String newLeader) {
    assertThat(leaderAt(q, fixed, criterion, weight)).as("%s at %s", criterion, weight).isEqualTo(newLeader);
  }

  private String leaderAt(Question q, JudgementConfig fixed, String criterion, double weight) {
    Verdict v = verdictAt(q, fixed, criterion, weight);
    return v == null ? null : v.leader();
  }

  /** The verdict with one weight changed, or null when that leaves every weight at 0. */
  private Verdict verdictAt(Question q, JudgementConfig fixed, String criterion, double weight) {
    try {
      return judge.judge(q, fixed.withWeights(java.util.Map.of(criterion, weight))).verdict();
    } catch (JudgementException e) {
      assertThat(e.getMessage()).contains("add up to 0");
      return null;
    }
  }

  @Property(tries = 50)
  void defaultCriteriaCoverEveryBuiltInMeasure(@ForAll long seed) {
    Question q = RandomQuestions.judgeable(seed).withCriteria(List.of());
    Judgement j = judge.judge(q);
    assertThat(j.criteria()).isEqualTo(Judge.defaultCriteria());
    assertThat(j.criteria()).extracting(c -> c.measure()).doesNotContain(Measure.CUSTOM).hasSize(5);
  }
}
