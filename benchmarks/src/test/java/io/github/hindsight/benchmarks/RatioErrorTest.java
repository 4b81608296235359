package io.github.hindsight.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.github.hindsight.benchmarks.Ratios.Comparison;
import io.github.hindsight.benchmarks.Ratios.Row;
import io.github.hindsight.benchmarks.Ratios.Score;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The error of each ratio, from the errors of its two times, and the flag for unsteady times. */
class RatioErrorTest {
  private static final Comparison READ = Comparison.atMost("JSON read", "J.read", "J.floor", 1.0);

  private static Row row(double path, double pathError, double floor, double floorError) {
    List<Row> rows = Ratios.rows(
        List.of(new Score("J.read", "", path, pathError), new Score("J.floor", "", floor, floorError)), List.of(READ));
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  @Test
  void theRelativeErrorsOfTheTwoTimesAdd() {
    // 5% on the path and 3% on the floor: 8% of 1.5.
    Row r = row(3_000_000, 150_000, 2_000_000, 60_000);
    assertThat(r.ratio()).isEqualTo(1.5);
    assertThat(r.ratioError()).isCloseTo(0.12, offset(1e-12));
    assertThat(RatioTable.table(List.of(r), List.of()))
        .contains("| JSON read | J.floor | — | 1.50× ± 0.12 | ≤ 1.00 **missed** | 3.00 ms ± 0.15 | 2.00 ms ± 0.060 | yes |");
  }

  @Test
  void aFloorWhoseErrorExceedsItselfIsFlaggedWithItsShare() {
    // The databind floor: ± 490 ms on 302 ms.
    Row r = row(592e6, 10e6, 302e6, 490e6);
    assertThat(r.unsteady()).isTrue();
    assertThat(RatioTable.table(List.of(r), List.of()))
        .contains("| 1.96× ± 3.21 |")
        .contains("| 592 ms ± 10 | 302 ms ± 490 | **unsteady**: floor ± 162% |");
  }

  @Test
  void tenPercentIsUnsteadyAndJustUnderIsNot() {
    assertThat(new Score("J.read", "", 1000, 100).unsteady()).isTrue();
    assertThat(new Score("J.read", "", 1000, 99.9).unsteady()).isFalse();
    assertThat(row(1000, 100, 1000, 10).unsteady()).isTrue();
    assertThat(row(1000, 10, 1000, 100).unsteady()).isTrue();
    assertThat(row(1000, 99.9, 1000, 99.9).unsteady()).isFalse();
    assertThat(RatioTable.table(List.of(row(1000, 120, 1000, 150)), List.of()))
        .contains("| **unsteady**: path ± 12%, floor ± 15% |");
  }

  @Test
  void withoutAnErrorTheRatioIsPrintedAloneAndItsSteadinessUnknown() {
    Row r = row(3000, Double.NaN, 2000, 10);
    assertThat(r.ratioError()).isNaN();
    assertThat(r.unsteady()).isFalse();
    assertThat(RatioTable.table(List.of(r), List.of()))
        .contains("| 1.50× | ≤ 1.00 **missed** |")
        .contains("| unknown (no error: too few iterations) |");
  }

  @Test
  void aTargetInsideTheErrorIsSaidToBe() {
    assertThat(RatioTable.table(List.of(row(1100, 110, 1000, 100)), List.of()))
        .contains("| 1.10× ± 0.22 | ≤ 1.00 **missed** (within the error) |");
    assertThat(RatioTable.table(List.of(row(1500, 15, 1000, 10)), List.of()))
        .contains("| 1.50× ± 0.030 | ≤ 1.00 **missed** |");
  }

  @Property
  void theRatioErrorIsTheSumOfTheRelativeErrorsAndBoundsTheQuadratureOne(
      @ForAll @DoubleRange(min = 1, max = 1e9) double path, @ForAll @DoubleRange(min = 0, max = 2) double pathShare,
      @ForAll @DoubleRange(min = 1, max = 1e9) double floor, @ForAll @DoubleRange(min = 0, max = 2) double floorShare) {
    Row r = row(path, path * pathShare, floor, floor * floorShare);
    double relative = r.ratioError() / r.ratio();
    assertThat(relative).isCloseTo(pathShare + floorShare, offset(1e-9));
    assertThat(relative).isGreaterThanOrEqualTo(Math.hypot(pathShare, floorShare) - 1e-9);
    assertThat(relative).isGreaterThanOrEqualTo(Math.max(pathShare, floorShare) - 1e-9);
  }

  @Property
  void theRatioErrorDoesNotDependOnTheUnitOrTheOrder(
      @ForAll @DoubleRange(min = 1, max = 1e6) double path, @ForAll @DoubleRange(min = 0, max = 1) double pathShare,
      @ForAll @DoubleRange(min = 1, max = 1e6) double floor, @ForAll @DoubleRange(min = 0, max = 1) double floorShare,
      @ForAll @DoubleRange(min = 0.01, max = 1e3) double unit) {
    Score a = new Score("J.read", "", path, path * pathShare);
    Score b = new Score("J.floor", "", floor, floor * floorShare);
    Score scaledA = new Score("J.read", "", path * unit, path * pathShare * unit);
    Score scaledB = new Score("J.floor", "", floor * unit, floor * floorShare * unit);
    double relative = Ratios.relativeErrorOfRatio(a, b);
    assertThat(Ratios.relativeErrorOfRatio(scaledA, scaledB)).isCloseTo(relative, offset(1e-9));
    assertThat(Ratios.relativeErrorOfRatio(b, a)).isCloseTo(relative, offset(1e-12));
  }

  @Property
  void aRowIsFlaggedExactlyWhenOneOfItsTimesHasTenPercentOrMore(
      @ForAll @DoubleRange(min = 1, max = 1e9) double path, @ForAll @DoubleRange(min = 0, max = 0.3) double pathShare,
      @ForAll @DoubleRange(min = 1, max = 1e9) double floor, @ForAll @DoubleRange(min = 0, max = 0.3) double floorShare) {
    Row r = row(path, path * pathShare, floor, floor * floorShare);
    boolean expected = r.path().relativeError() >= 0.10 || r.floor().relativeError() >= 0.10;
    assertThat(r.unsteady()).isEqualTo(expected);
    assertThat(RatioTable.table(List.of(r), List.of()).contains("**unsteady**")).isEqualTo(expected);
  }
}
