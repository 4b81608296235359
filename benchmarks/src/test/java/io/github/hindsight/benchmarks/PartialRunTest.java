package io.github.hindsight.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.benchmarks.Ratios.Comparison;
import io.github.hindsight.benchmarks.Ratios.Score;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A run limited by {@code --include} reports what it chose, and only that. */
class PartialRunTest {

  /** A score for each format benchmark, once each: paths at 2 µs ± 1%, floors at 1 µs ± 1%. */
  private static List<Score> formatScores() {
    Map<String, Score> scores = new LinkedHashMap<>();
    for (Comparison c : RunBenchmarks.COMPARISONS) {
      if (c.path().startsWith("Json") || c.path().startsWith("Markdown")) {
        scores.put(c.path(), new Score(c.path(), "size=small", 2000, 20));
        scores.put(c.floor(), new Score(c.floor(), "size=small", 1000, 10));
      }
    }
    return new ArrayList<>(scores.values());
  }

  @Test
  void theIncludePatternChoosesAsJmhDoes() {
    Predicate<String> chosen = RunBenchmarks.chosenBy("Json|Markdown");
    assertThat(chosen.test("JsonBenchmarks.hindsightRead")).isTrue();
    assertThat(chosen.test("MarkdownBenchmarks.floorRender")).isTrue();
    assertThat(chosen.test("JudgementBenchmarks.judge")).isFalse();
    assertThat(chosen.test("DetectionBenchmarks.hindsightDetect")).isFalse();
    // JMH finds the pattern anywhere in the full name, package included.
    assertThat(RunBenchmarks.chosenBy("hindsight\\.benchmarks\\.Judgement").test("JudgementBenchmarks.floorWalk")).isTrue();
  }

  @Test
  void aFormatRunPrintsNoJudgementRowNorSection() {
    String report = RunBenchmarks.report(formatScores(), RunBenchmarks.chosenBy("Json|Markdown"));
    assertThat(report).contains("| JSON read | JsonBenchmarks.floorDataBind | size=small | 2.00× ± 0.040 |");
    assertThat(report).contains("| Markdown write |");
    assertThat(report).doesNotContain("Judgement", "Sensitivity", "Facade detection", "Linearity", "did not run");
  }

  @Test
  void aChosenBenchmarkThatGaveNoScoreIsStillReported() {
    String report = RunBenchmarks.report(formatScores(), RunBenchmarks.chosenBy(RunBenchmarks.EVERY_BENCHMARK));
    assertThat(report).contains("| Judgement | JudgementBenchmarks.floorWalk | — | — | did not run: JudgementBenchmarks.judge, JudgementBenchmarks.floorWalk |");
    assertThat(report).contains("Linearity of judgement").contains("JudgementBenchmarks.judge did not run.");
  }

  @Test
  void aFloorMissingForOneParameterSetIsNamedWithIt() {
    List<Score> scores = new ArrayList<>(formatScores());
    scores.removeIf(s -> s.benchmark().equals("JsonBenchmarks.floorTokenScan"));
    String report = RunBenchmarks.report(scores, RunBenchmarks.chosenBy("Json"));
    assertThat(report).contains("| JSON read | JsonBenchmarks.floorTokenScan | size=small | — | did not run: JsonBenchmarks.floorTokenScan |");
    assertThat(report).contains("| JSON read | JsonBenchmarks.floorDataBind | size=small | 2.00× ± 0.040 |");
  }

  @Test
  void aComparisonWithOneSideLeftOutIsLeftOutWhole() {
    // Sensitivity is compared with the judgement, which this pattern does not choose.
    List<Score> scores = List.of(new Score("SensitivityBenchmarks.sensitivity", "questionSize=2", 100, 1));
    Predicate<String> chosen = RunBenchmarks.chosenBy("Sensitivity");
    assertThat(Ratios.chosen(RunBenchmarks.COMPARISONS, chosen)).isEmpty();
    String report = RunBenchmarks.report(scores, chosen);
    assertThat(report).isEqualTo("No comparison had both its path and its floor chosen.\n");
  }

  @Test
  void aJudgementRunShowsItsLinearityWithErrors() {
    int small = ModelSize.elements(Corpus.sized(2));
    List<Score> scores = List.of(
        new Score("JudgementBenchmarks.judge", "questionSize=2", 100.0 * small, 1.0 * small),
        new Score("JudgementBenchmarks.floorWalk", "questionSize=2", 10.0, 0.1));
    String report = RunBenchmarks.report(scores, RunBenchmarks.chosenBy("JudgementBenchmarks"));
    assertThat(report).contains("| Judgement | JudgementBenchmarks.floorWalk | questionSize=2 |");
    assertThat(report).contains("| 2 | " + small + " | 100 ns ± 1.0 | 1.00× | yes |");
    assertThat(report).doesNotContain("Sensitivity", "JSON", "did not run");
  }

  @Test
  void theRunNamesEveryChosenBenchmarkWithoutAScore() {
    List<Score> scores = formatScores();
    assertThat(RunBenchmarks.notRun(scores, RunBenchmarks.entries("Json|Markdown"))).isEmpty();
    scores.removeIf(s -> s.benchmark().equals("MarkdownBenchmarks.floorParse"));
    assertThat(RunBenchmarks.notRun(scores, RunBenchmarks.entries("Json|Markdown"))).containsExactly("MarkdownBenchmarks.floorParse");
    assertThat(RunBenchmarks.notRun(scores, RunBenchmarks.entries("Detection")))
        .containsExactly("DetectionBenchmarks.floorReadHead", "DetectionBenchmarks.hindsightDetect");
  }
}
