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
    assertThat(Ratios.table(rows)).contains("| 0.00123× |");
  }

  @Test
  void aComparisonWithoutItsFloorGivesNoRow() {
    assertThat(Ratios.rows(List.of(new Score("J.read", "", 300, 1)), List.of(READ))).isEmpty();
  }

  @Test
  void theTableShowsRatioTargetAndRawTimes() {
    List<Row> rows = Ratios.rows(
        List.of(new Score("J.read", "", 3_000_000, 100_000), new Score("J.floor", "", 2_000_000, Double.NaN)),
        List.of(READ, Comparison.reported("Other", "J.read", "J.floor")));
    String table = Ratios.table(rows);
    assertThat(table).contains("| JSON read | J.floor | — | 1.50× | ≤ 1.00 **missed** | 3.00 ms ± 0.10 | 2.00 ms |");
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
  void everyComparisonNamesAPathAndAFloor() {
    assertThat(RunBenchmarks.COMPARISONS).allSatisfy(c -> {
      assertThat(c.path()).matches("\\w+Benchmarks\\.\\w+");
      assertThat(c.floor()).matches("\\w+Benchmarks\\.\\w+");
    });
  }
}
