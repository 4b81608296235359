package io.github.hindsight.judgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.judgement.spi.CustomCriterion;
import io.github.hindsight.judgement.spi.JudgementContext;
import io.github.hindsight.judgement.spi.ScoredItem;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Custom criteria through explicit registration and the service loader, and perspectives side by side. */
class CustomCriteriaAndPerspectivesTest {
  private static final Question QUESTION = Samples.cubanMissileCrisis();

  private static Question withCriterion(String measure) {
    return QUESTION.withCriteria(Criterion.builder().id("custom").name("Custom").measure(Measure.CUSTOM).customMeasure(measure).build());
  }

  @Test
  void aServiceIsFoundByTheStandardJudge() {
    assertThat(Judge.standard().customMeasures()).contains(EvidenceKnownCriterion.ID);
    Verdict hindsight = Judge.standard().judge(withCriterion(EvidenceKnownCriterion.ID)).verdict();
    Verdict then = Judge.standard().judge(withCriterion(EvidenceKnownCriterion.ID), JudgementConfig.asOf(HistoricalDate.ofMonth(1962, 11))).verdict();

    // The service scores the share of an actor's objectives whose evidence was known.
    assertThat(hindsight.score("ussr", "custom").value()).isEqualTo(1.0);
    assertThat(then.entry("ussr", "custom", "khrushchev-standing").orElseThrow().credit()).isZero();
    assertThat(then.entry("ussr", "custom", "cuba-secure").orElseThrow().credit()).isEqualTo(1.0);
    assertThat(then.trace("ussr", "custom")).allSatisfy(t -> assertThat(t.kind()).isEqualTo(TraceKind.CUSTOM));
  }

  @Test
  void anExplicitRegistrationReplacesAServiceWithTheSameId() {
    CustomCriterion alwaysHalf = new CustomCriterion() {
      @Override
      public String id() {
        return EvidenceKnownCriterion.ID;
      }

      @Override
      public List<ScoredItem> score(JudgementContext context, String actor) {
        return List.of(ScoredItem.of("flat", 0.25, 1, "the same for everyone"));
      }
    };
    Judge judge = Judge.builder().loadServices().addCustomCriterion(alwaysHalf).build();
    assertThat(judge.judge(withCriterion(EvidenceKnownCriterion.ID)).verdict().score("usa", "custom").value()).isEqualTo(0.25);
  }

  @Test
  void anUnregisteredMeasureAndDuplicateRegistrationsAreRefused() {
    assertThatThrownBy(() -> Judge.builder().build().judge(withCriterion(EvidenceKnownCriterion.ID)))
        .isInstanceOf(JudgementException.class)
        .hasMessageContaining("custom measure '" + EvidenceKnownCriterion.ID + "', which is not registered (registered: none)");
    assertThatThrownBy(() -> Judge.builder().addCustomCriterion(new EvidenceKnownCriterion()).addCustomCriterion(new EvidenceKnownCriterion()).build())
        .hasMessageContaining("two explicit registrations have the custom criterion id '" + EvidenceKnownCriterion.ID + "'");
  }

  @Test
  void aFailingCustomCriterionIsNamed() {
    CustomCriterion broken = new CustomCriterion() {
      @Override
      public String id() {
        return "broken";
      }

      @Override
      public List<ScoredItem> score(JudgementContext context, String actor) {
        throw new IllegalStateException("no data");
      }
    };
    assertThatThrownBy(() -> Judge.builder().addCustomCriterion(broken).build().judge(withCriterion("broken")))
        .isInstanceOf(JudgementException.class).hasMessageContaining("custom criterion 'broken' failed for actor 'ussr'").hasMessageContaining("no data");
  }

  @Test
  void perspectivesWeighByMeasureAndContemporariesJudgeAsOfTheirDate() {
    HistoricalDate end = HistoricalDate.ofMonth(1962, 11);
    Comparison c = Judge.standard().compare(QUESTION, JudgementConfig.hindsight(), Perspective.standardSet(end));

    assertThat(c.judgements()).extracting(pj -> pj.perspective().id()).containsExactly("kremlin", "white-house", "contemporaries", "historians");
    for (PerspectiveJudgement pj : c.judgements()) {
      for (Criterion criterion : pj.judgement().criteria()) {
        assertThat(criterion.weight()).isEqualTo(pj.perspective().weights().get(criterion.measure()));
      }
    }
    assertThat(c.judgements().get(2).judgement().config().asOf()).contains(end);
    assertThat(c.judgements().get(3).judgement().config().asOf()).isEmpty();
    // Contemporaries, judging as of the end of the crisis, leave the Turkey deal out.
    assertThat(c.judgements().get(2).judgement().unknownEvidence()).contains("turkey-deal");
    assertThat(c.isUnanimous()).isEqualTo(c.judgements().stream().flatMap(pj -> pj.judgement().leaders().stream()).distinct().count() == 1);
  }

  @Test
  void theTextReportIsBuiltFromTheJudgement() {
    Judgement j = Judge.standard().judge(QUESTION, JudgementConfig.asOf(HistoricalDate.ofMonth(1962, 11)));
    String report = TextReport.render(j, true);
    Verdict v = j.verdict();

    assertThat(report).startsWith(QUESTION.prompt());
    assertThat(report).contains("Judged as of 1962-11").contains("turkey-deal");
    assertThat(report).contains(j.name(v.leader()) + " comes out ahead with");
    assertThat(report).contains(v.labelReason());
    assertThat(report).contains("Judged as they looked before their evidence came out: turkey-missiles-out as not-achieved");
    assertThat(report).contains("Left out as unclear, not guessed: khrushchev-standing");
    for (Criterion criterion : j.criteria()) {
      assertThat(report).contains(criterion.name());
    }
    String comparison = TextReport.render(Judge.standard().compare(QUESTION, JudgementConfig.hindsight(),
        Perspective.standardSet(HistoricalDate.ofMonth(1962, 11))));
    assertThat(comparison).contains("As the Kremlin would weigh it").contains("as of 1962-11").contains("with hindsight");
  }
}
