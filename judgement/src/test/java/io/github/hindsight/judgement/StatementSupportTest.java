package io.github.hindsight.judgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.model.Stance;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The question's statement weighed through the stances of its interpretations (section 9 of docs/judgement.md). */
class StatementSupportTest {
  private final Judge judge = Judge.standard();

  /** The Cuban sample with a stance on each interpretation, as a how-convincing question. */
  private static Question withStances(Map<String, Stance> stances) {
    Question q = Samples.cubanMissileCrisis().withKind(QuestionKind.HOW_CONVINCING);
    return q.withInterpretations(q.interpretations().stream()
        .map(i -> stances.containsKey(i.id()) ? i.withStance(stances.get(i.id())) : i).toList());
  }

  @Test
  void theWorkedExampleComesOutAsByHand() {
    Judgement j = judge.judge(withStances(Map.of("kennedy-victory", Stance.AGREES, "negotiated-compromise", Stance.PARTLY_AGREES,
        "soviet-success", Stance.DISAGREES)));
    StatementSupport s = j.statement().orElseThrow();
    // For: soviet-missiles-withdrawn, kennedy-broadcast, khrushchev-removed, sino-soviet-split whole; hotline-opened half;
    // no-invasion-pledge 0.5 of 2 points; turkey-deal 0.5 of 3 points.
    double forWeight = 4 + 0.5 + 0.5 / 2 + 0.5 / 3;
    double againstWeight = 0.5 + 1.5 / 2 + 2.5 / 3;
    assertThat(s.forWeight()).isCloseTo(forWeight, within(1e-9));
    assertThat(s.againstWeight()).isCloseTo(againstWeight, within(1e-9));
    assertThat(s.support()).isCloseTo((forWeight + 1) / (forWeight + againstWeight + 2), within(1e-9));
    assertThat(s.extent()).isEqualTo(Extent.PARTLY);
    assertThat(s.agree()).containsExactly("kennedy-victory");
    assertThat(s.partlyAgree()).containsExactly("negotiated-compromise");
    assertThat(s.disagree()).containsExactly("soviet-success");
    assertThat(s.forEvidence()).contains("turkey-deal", "kennedy-broadcast").doesNotContain("");
    assertThat(s.againstEvidence()).contains("turkey-deal", "hotline-opened").doesNotContain("kennedy-broadcast");
  }

  @Test
  void theReportLeadsWithTheStatementAndNamesTheInterpretationsByTheirAuthors() {
    Judgement j = judge.judge(withStances(Map.of("kennedy-victory", Stance.AGREES, "soviet-success", Stance.DISAGREES)));
    String report = TextReport.render(j);
    TextReportTest.assertFitsAScreen(report);
    String flat = report.replaceAll("\\s+", " ");
    assertThat(flat).contains("The statement is " + j.statement().orElseThrow().extent().word() + " convincing")
        .contains("Agrees: Schlesinger (orthodox), support").contains("disagrees: soviet-success, support")
        .contains("Largely convincing from a support of 0.70");
    assertThat(flat.indexOf("The statement is")).isLessThan(flat.indexOf("best supported"));
    assertThat(report.lines().filter(l -> l.startsWith("Interpretation ")).findFirst().orElseThrow()).contains("Stance");
    assertThat(j.interpretation("negotiated-compromise").name()).isEqualTo("Garthoff (post-revisionist)");
  }

  @Test
  void withNoStanceThereIsNoStatementToWeigh() {
    Judgement j = judge.judge(withStances(Map.of()));
    assertThat(j.statement()).isEmpty();
    assertThat(TextReport.render(j)).doesNotContain("The statement is");
  }

  @Test
  void twoInterpretationsWithOneNameAreNamedByTheirIds() {
    Question q = Samples.cubanMissileCrisis();
    List<Interpretation> in = q.interpretations();
    q = q.withInterpretations(List.of(in.get(0), in.get(1), in.get(2).withProvenance(in.get(0).provenance())));
    assertThat(judge.judge(q).interpretations()).extracting(InterpretationSupport::name)
        .containsExactly("kennedy-victory", "Garthoff (post-revisionist)", "soviet-success");
  }

  /** Turning every stance the other way round turns the support of the statement into its complement. */
  @Property(tries = 200)
  void mirroredStancesGiveTheComplement(@ForAll long seed) {
    Question q = RandomQuestions.judgeable(seed);
    Question mirrored = q.withInterpretations(q.interpretations().stream().map(i -> i.stance()
        .map(s -> i.withStance(s == Stance.AGREES ? Stance.DISAGREES : s == Stance.DISAGREES ? Stance.AGREES : s)).orElse(i)).toList());
    var s = judge.judge(q).statement();
    var m = judge.judge(mirrored).statement();
    assertThat(m.isPresent()).isEqualTo(s.isPresent());
    s.ifPresent(a -> {
      StatementSupport b = m.orElseThrow();
      assertThat(b.support()).isCloseTo(1 - a.support(), within(1e-9));
      assertThat(b.forEvidence()).containsExactlyInAnyOrderElementsOf(a.againstEvidence());
      assertThat(b.agree()).isEqualTo(a.disagree());
    });
  }

  /** Every piece of evidence that counts and that a view with a stance cites is counted exactly once in all. */
  @Property(tries = 200)
  void eachPieceCountsOnce(@ForAll long seed) {
    Question q = RandomQuestions.judgeable(seed);
    Judgement j = judge.judge(q);
    Set<String> cited = new LinkedHashSet<>();
    for (Interpretation i : q.interpretations()) {
      if (i.stance().isPresent()) {
        cited.addAll(i.supportingEvidence());
        if (i.stance().get() != Stance.PARTLY_AGREES) {
          cited.addAll(i.challengingEvidence());
        }
      }
    }
    assertThat(j.statement().isPresent()).isEqualTo(q.interpretations().stream().anyMatch(i -> i.stance().isPresent()));
    j.statement().ifPresent(s -> {
      assertThat(s.forWeight() + s.againstWeight()).isCloseTo(cited.size(), within(1e-9));
      Set<String> either = new LinkedHashSet<>(s.forEvidence());
      either.addAll(s.againstEvidence());
      assertThat(either).containsExactlyInAnyOrderElementsOf(cited);
      assertThat(s.support()).isStrictlyBetween(0.0, 1.0);
      assertThat(s.extent()).isEqualTo(Extent.of(s.support()));
    });
  }
}
