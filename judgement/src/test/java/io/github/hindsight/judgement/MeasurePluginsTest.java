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
import io.github.hindsight.spi.support.PluginProblem;
import io.github.hindsight.testkit.samples.Samples;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken measure plugins are reported, not thrown, and none of them can replace a built-in measure. */
class MeasurePluginsTest {
  private static final Question QUESTION = Samples.cubanMissileCrisis();
  private static final String MISSING = "io.github.hindsight.judgement.NotThere";

  /** A loader that sees the test classes through its parent and a service file naming criteria, as a plugin jar would. */
  private static ClassLoader loaderListing(Path folder, String... classNames) throws IOException {
    Path services = folder.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.write(services.resolve(CustomCriterion.class.getName()), List.of(classNames));
    return new URLClassLoader(new URL[] {folder.toUri().toURL()}, MeasurePluginsTest.class.getClassLoader());
  }

  private static Question withCriterion(Measure measure, String customMeasure) {
    Criterion.Builder c = Criterion.builder().id("only").name("Only").measure(measure);
    if (measure == Measure.CUSTOM) {
      c.customMeasure(customMeasure);
    }
    return QUESTION.withCriteria(c.build());
  }

  @Test
  void aThrowingConstructorAndAMissingClassAreReportedAndTheOtherServicesStillWork(@TempDir Path dir) throws IOException {
    ClassLoader loader = loaderListing(dir, BrokenCriteria.Throwing.class.getName(), MISSING, EvidenceKnownCriterion.class.getName());

    Judge judge = Judge.builder().loadServices(loader).build();

    assertThat(judge.problems()).extracting(PluginProblem::plugin).containsExactly(BrokenCriteria.Throwing.class.getName(), MISSING);
    PluginProblem throwing = judge.problems().get(0);
    assertThat(throwing.message()).contains("could not be instantiated").contains("cannot start: no data source");
    assertThat(throwing.cause()).isPresent();
    assertThat(judge.problems().get(1).message()).contains("not found");
    assertThat(judge.customMeasures()).containsExactly(EvidenceKnownCriterion.ID);
    assertThat(judge.judge(withCriterion(Measure.CUSTOM, EvidenceKnownCriterion.ID)).verdict().score("ussr", "only").value()).isEqualTo(1.0);
  }

  @Test
  void aServiceClaimingABuiltInIdIsReportedAndTheBuiltInStillScores(@TempDir Path dir) throws IOException {
    ClassLoader loader = loaderListing(dir, BrokenCriteria.ClaimsPerception.class.getName());

    Judge judge = Judge.builder().loadServices(loader).build();

    assertThat(judge.problems()).singleElement().satisfies(p -> {
      assertThat(p.plugin()).isEqualTo(BrokenCriteria.ClaimsPerception.class.getName());
      assertThat(p.message()).contains("'perception'").contains("built-in measure");
    });
    assertThat(judge.customMeasures()).doesNotContain("perception");
    Question byPerception = withCriterion(Measure.PERCEPTION, "");
    assertThat(judge.judge(byPerception)).isEqualTo(Judge.builder().build().judge(byPerception));
    // The claimant would score every actor 1; the built-in gives the Soviet Union less.
    assertThat(judge.judge(byPerception).verdict().score("ussr", "only").value()).isLessThan(1.0);
  }

  @Test
  void anExplicitRegistrationClaimingABuiltInIdIsRefused() {
    assertThatThrownBy(() -> Judge.builder().addCustomCriterion(new BrokenCriteria.ClaimsPerception()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(BrokenCriteria.ClaimsPerception.class.getName() + " has the id 'perception', which is the id of a built-in measure");
  }

  @Test
  void ofTwoServicesWithOneIdTheFirstByClassNameStaysAndTheOtherIsReported(@TempDir Path dir) throws IOException {
    // The parent's service file lists EvidenceKnownCriterion, so it is found first; the class name must decide.
    ClassLoader loader = loaderListing(dir, EvidenceKnownCriterion.class.getName(), BrokenCriteria.EvidenceKnownAgain.class.getName());

    Judge judge = Judge.builder().loadServices(loader).build();

    assertThat(judge.problems()).singleElement().satisfies(p -> {
      assertThat(p.plugin()).isEqualTo(EvidenceKnownCriterion.class.getName());
      assertThat(p.message()).contains("already taken by " + BrokenCriteria.EvidenceKnownAgain.class.getName());
    });
    assertThat(judge.judge(withCriterion(Measure.CUSTOM, EvidenceKnownCriterion.ID)).verdict().score("ussr", "only").value()).isZero();
  }

  @Test
  void theSameServiceFoundTwiceIsOneAndAServiceReplacedByHandIsReported(@TempDir Path dir) throws IOException {
    ClassLoader loader = loaderListing(dir, EvidenceKnownCriterion.class.getName());
    CustomCriterion mine = new BrokenCriteria.EvidenceKnownAgain();

    assertThat(Judge.builder().loadServices().loadServices(loader).build().problems()).isEmpty();
    Judge judge = Judge.builder().loadServices().addCustomCriterion(mine).build();

    assertThat(judge.problems()).singleElement().satisfies(p -> {
      assertThat(p.plugin()).isEqualTo(EvidenceKnownCriterion.class.getName());
      assertThat(p.message()).contains("registered by hand");
    });
    assertThat(judge.judge(withCriterion(Measure.CUSTOM, EvidenceKnownCriterion.ID)).verdict().score("ussr", "only").value()).isZero();
  }

  @Test
  void aCustomCriterionScoringThroughABuiltInMeasureScoresAsTheBuiltInDoes() {
    // The built-in measures implement the interface custom criteria do, so one can stand in for the other.
    CustomCriterion perceptionAgain = new CustomCriterion() {
      @Override
      public String id() {
        return "perception-again";
      }

      @Override
      public List<ScoredItem> score(JudgementContext context, String actor) {
        return BuiltInMeasure.of(Measure.PERCEPTION).score(context, actor);
      }
    };
    Judge judge = Judge.builder().addCustomCriterion(perceptionAgain).build();
    JudgementConfig asOf = JudgementConfig.asOf(HistoricalDate.ofMonth(1962, 11));

    Verdict builtIn = judge.judge(withCriterion(Measure.PERCEPTION, ""), asOf).verdict();
    Verdict custom = judge.judge(withCriterion(Measure.CUSTOM, "perception-again"), asOf).verdict();

    assertThat(custom.scores()).isEqualTo(builtIn.scores());
    assertThat(custom.trace()).extracting(TraceEntry::counted).isEqualTo(builtIn.trace().stream().map(TraceEntry::counted).toList());
    assertThat(custom.trace()).extracting(TraceEntry::kind).containsOnly(TraceKind.CUSTOM);
    assertThat(builtIn.trace()).extracting(TraceEntry::kind).containsOnly(TraceKind.PERCEPTION);
  }

  @Test
  void anItemACustomCriterionMarksAsNotCountedShowsInTheTraceOnly() {
    CustomCriterion halfCounted = new CustomCriterion() {
      @Override
      public String id() {
        return "half-counted";
      }

      @Override
      public List<ScoredItem> score(JudgementContext context, String actor) {
        return List.of(ScoredItem.of("counted", 0.25, 1, "counts"),
            ScoredItem.builder().subject("shown").credit(1).weight(0).counted(false).note("shown only").build());
      }
    };
    Verdict v = Judge.builder().addCustomCriterion(halfCounted).build().judge(withCriterion(Measure.CUSTOM, "half-counted")).verdict();

    assertThat(v.score("usa", "only").value()).isEqualTo(0.25);
    assertThat(v.entry("usa", "only", "shown")).hasValueSatisfying(e -> {
      assertThat(e.counted()).isFalse();
      assertThat(e.contribution()).isZero();
    });
  }

  @Test
  void theSensitivityWorkedOutAgainFromAVerdictIsTheVerdictsOwn() {
    for (Verdict v : Judge.standard().judge(QUESTION).verdicts()) {
      assertThat(Judge.sensitivity(v)).isEqualTo(v.sensitivity()).isNotEmpty();
    }
  }
}
