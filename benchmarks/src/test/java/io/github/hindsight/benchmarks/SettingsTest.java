package io.github.hindsight.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/** The run's settings fit the time a full run may take, and every run gives JMH an error. */
class SettingsTest {

  /** The benchmarks a full run makes, one per set of parameters; {@code size} is set to one value. */
  private static int fullRunBenchmarks() {
    int count = 0;
    for (BenchmarkListEntry e : RunBenchmarks.entries(RunBenchmarks.EVERY_BENCHMARK)) {
      int sets = 1;
      if (e.getParams().hasValue()) {
        for (Map.Entry<String, String[]> p : e.getParams().get().entrySet()) {
          sets *= p.getKey().equals("size") ? 1 : p.getValue().length;
        }
      }
      count += sets;
    }
    return count;
  }

  @Test
  void aFullRunsIterationsLeaveTwoOfItsTenMinutesForStartUpAndTheBuild() {
    int benchmarks = fullRunBenchmarks();
    assertThat(benchmarks).isGreaterThanOrEqualTo(RunBenchmarks.COMPARISONS.size());
    assertThat(benchmarks * Settings.FULL.secondsPerBenchmark()).isLessThanOrEqualTo(8 * 60);
  }

  @Test
  void everyRunMeasuresEnoughIterationsForAnError() {
    // JMH gives no error for two measured iterations or fewer.
    for (Settings s : List.of(Settings.FULL, Settings.QUICK)) {
      assertThat(s.forks() * s.measurementIterations()).isGreaterThan(2);
    }
    assertThat(Settings.FULL.forks()).isGreaterThan(1);
  }

  @Test
  void theSettingsAreDescribedForTheReport() {
    assertThat(Settings.FULL.describe()).isEqualTo("2 forks, each 3 warm-up iterations of 1 s and 8 measured of 500 ms");
    assertThat(Settings.QUICK.describe()).isEqualTo("1 fork, each 1 warm-up iteration of 200 ms and 3 measured of 200 ms");
    assertThat(Settings.FULL.secondsPerBenchmark()).isEqualTo(14.0);
  }
}
