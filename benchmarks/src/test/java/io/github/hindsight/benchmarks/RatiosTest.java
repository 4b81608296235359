package io.github.hindsight.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.benchmarks.Ratios.Comparison;
import io.github.hindsight.benchmarks.Ratios.Row;
import io.github.hindsight.benchmarks.Ratios.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatiosTest {
  private static final Comparison READ = Comparison.atMost("JSON read", "J.read", "J.floor", 1.0);

  @Test
  void pairsPathAndFloorOfTheSameParameters() {
    List<Score> scores = List.of(
        new Score("J.read", "size=small", 300, 1),
        new Score("J.floor", "size=small", 200, 1),
        new Score("J.read", "size=medium", 900, 1),
        new Score("J.floor", "size=medium", 1000, 1));
    List<Row> rows = Ratios.rows(scores, List.of(READ));
    assertThat(rows).extracting(Row::params).containsExactly("size=small", "size=medium");
    assertThat(rows).extracting(Row::ratio).containsExactly(1.5, 0.9);
    assertThat(rows).extracting(Row::met).containsExactly(false, true);
  }

  @Test
  void smallRatiosKeepThreeSignificantDigits() {
    List<Row> rows = Ratios.rows(List.of(new Score("J.read", "", 1.234, 0), new Score("J.floor", "", 1000, 0)), List.of(READ));
    assertThat(RatioTable.table(rows, List.of())).contains("| 0.00123× ± 0.00 |");
  }

  @Test
  void aComparisonWithoutItsFloorGivesNoRowButAMissingEntry() {
    List<Score> scores = List.of(new Score("J.read", "size=small", 300, 1));
    assertThat(Ratios.rows(scores, List.of(READ))).isEmpty();
    assertThat(Ratios.missing(scores, List.of(READ)))
        .containsExactly(new Ratios.Missing(READ, "size=small", List.of("J.floor")));
  }

  @Test
  void theTableShowsRatioTargetAndRawTimes() {
    List<Row> rows = Ratios.rows(
        List.of(new Score("J.read", "", 3_000_000, 100_000), new Score("J.floor", "", 2_000_000, Double.NaN)),
        List.of(READ, Comparison.reported("Other", "J.read", "J.floor")));
    String table = RatioTable.table(rows, List.of());
    // The floor has no error, so neither has the ratio, and steadiness is unknown.
    assertThat(table).contains("| JSON read | J.floor | — | 1.50× | ≤ 1.00 **missed** | 3.00 ms ± 0.10 | 2.00 ms | unknown");
    assertThat(table).contains("| Other | J.floor | — | 1.50× | — |");
  }

  @Test
  void linearityIsTimePerElementRelativeToTheSmallest() {
    int small = ModelSize.elements(Corpus.sized(2));
    int large = ModelSize.elements(Corpus.sized(8));
    List<Score> scores = List.of(
        new Score("J.judge", "questionSize=8", 10.0 * large * 2, 0),
        new Score("J.judge", "questionSize=2", 10.0 * small, 0));
    List<Linearity.Point> points = Linearity.points(scores, "J.judge");
    assertThat(points).extracting(Linearity.Point::questionSize).containsExactly(2, 8);
    assertThat(points.get(0).relative()).isEqualTo(1.0);
    assertThat(points.get(1).relative()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void linearityCarriesTheErrorOfEachSizeAndOfTheSmallest() {
    int small = ModelSize.elements(Corpus.sized(2));
    int large = ModelSize.elements(Corpus.sized(8));
    // 3% on the smallest, 12% on the larger: relative 2.00 ± 2.00 × 15%.
    List<Score> scores = List.of(
        new Score("J.judge", "questionSize=2", 10.0 * small, 0.3 * small),
        new Score("J.judge", "questionSize=8", 20.0 * large, 2.4 * large));
    List<Linearity.Point> points = Linearity.points(scores, "J.judge");
    assertThat(points.get(0).relativeError()).isZero();
    assertThat(points.get(1).relativeError()).isCloseTo(0.30, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(points.get(1).perElement().errorNanos()).isCloseTo(2.4, org.assertj.core.data.Offset.offset(1e-9));
    String table = Linearity.table(scores, "J.judge");
    assertThat(table).contains("| 2 | " + small + " | 10.0 ns ± 0.30 | 1.00× | yes |");
    assertThat(table).contains("| 8 | " + large + " | 20.0 ns ± 2.4 | 2.00× ± 0.30 | **unsteady**: ± 12% |");
  }

  @Test
  void everyComparisonNamesABenchmarkThatAFullRunChooses() {
    java.util.function.Predicate<String> all = RunBenchmarks.chosenBy(RunBenchmarks.EVERY_BENCHMARK);
    assertThat(RunBenchmarks.COMPARISONS).allSatisfy(c -> {
      assertThat(all.test(c.path())).as(c.path()).isTrue();
      assertThat(all.test(c.floor())).as(c.floor()).isTrue();
    });
    assertThat(all.test(RunBenchmarks.LINEARITY)).isTrue();
    assertThat(all.test("JsonBenchmarks.noSuchBenchmark")).isFalse();
  }
}
