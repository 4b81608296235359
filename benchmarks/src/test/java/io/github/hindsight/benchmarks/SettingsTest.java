package io.github.hindsight.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/** The run's settings fit the time a full run may take, and every run gives JMH an error. */
class SettingsTest {

  /**
   * The longest a full run's benchmarks may take: for each benchmark and set of parameters
   * ({@code size} is set to one value), its iterations, the start of each fork and any wait for
   * the compiler, at the settings of its class.
   */
  private static double fullRunLongestSeconds() {
    double seconds = 0;
    for (BenchmarkListEntry e : RunBenchmarks.entries(RunBenchmarks.EVERY_BENCHMARK)) {
      int sets = 1;
      if (e.getParams().hasValue()) {
        for (Map.Entry<String, String[]> p : e.getParams().get().entrySet()) {
          sets *= p.getKey().equals("size") ? 1 : p.getValue().length;
        }
      }
      String name = RunBenchmarks.shortName(e.getUsername());
      seconds += sets * Settings.forBenchmark(false, name).longestSecondsPerBenchmark(name);
    }
    return seconds;
  }

  @Test
  void aFullRunLeavesAMinuteOfItsTenForTheBuildEvenWhenEveryWaitForTheCompilerIsAsLongAsAllowed() {
    assertThat(RunBenchmarks.entries(RunBenchmarks.EVERY_BENCHMARK)).hasSizeGreaterThanOrEqualTo(RunBenchmarks.COMPARISONS.size());
    assertThat(fullRunLongestSeconds()).isLessThanOrEqualTo(9 * 60);
  }

  @Test
  void whatSettlesRunsInOneForkAfterItsWaitAndEverythingElseInTwo() {
    assertThat(Settings.forBenchmark(false, "ParallelReadBenchmarks.folderTwoThreads")).isEqualTo(Settings.FULL_AFTER_SETTLING);
    assertThat(Settings.forBenchmark(false, "MarkdownBenchmarks.hindsightRead")).isEqualTo(Settings.FULL_AFTER_SETTLING);
    assertThat(Settings.forBenchmark(false, "MarkdownBenchmarks.floorParse")).isEqualTo(Settings.FULL_AFTER_SETTLING);
    assertThat(Settings.forBenchmark(false, "MarkdownBenchmarks.hindsightWrite")).isEqualTo(Settings.FULL);
    assertThat(Settings.forBenchmark(false, "JsonBenchmarks.hindsightRead")).isEqualTo(Settings.FULL_AFTER_SETTLING);
    assertThat(Settings.forBenchmark(false, "JsonBenchmarks.hindsightJsonLinesCopy")).isEqualTo(Settings.FULL_AFTER_SETTLING);
    assertThat(Settings.forBenchmark(false, "JsonBenchmarks.floorDataBind")).isEqualTo(Settings.FULL_AFTER_SETTLING);
    assertThat(Settings.forBenchmark(false, "JsonBenchmarks.floorTokenScan")).isEqualTo(Settings.FULL);
    assertThat(Settings.forBenchmark(false, "JsonBenchmarks.hindsightWrite")).isEqualTo(Settings.FULL);
    assertThat(Settings.forBenchmark(true, "ParallelReadBenchmarks.folderTwoThreads")).isEqualTo(Settings.QUICK);
    // Every name in the list is a benchmark class or method that exists.
    for (String settling : Settings.SETTLING) {
      assertThat(RunBenchmarks.entries("\\." + java.util.regex.Pattern.quote(settling) + "(\\.|$)")).as(settling).isNotEmpty();
    }
    // One fork after the wait measures as many iterations as two forks of the others.
    assertThat(Settings.FULL_AFTER_SETTLING.forks() * Settings.FULL_AFTER_SETTLING.measurementIterations())
        .isEqualTo(Settings.FULL.forks() * Settings.FULL.measurementIterations());
    assertThat(Settings.FULL_AFTER_SETTLING.longestSecondsPerBenchmark("ParallelReadBenchmarks.folderOneThread"))
        .isEqualTo(1 * (1 + 12 * 0.5) + 1 * (Settings.FORK_START_SECONDS + 17));
    assertThat(Settings.FULL.longestSecondsPerBenchmark("JsonBenchmarks.floorTokenScan"))
        .isEqualTo(2 * (2 + 6 * 0.5) + 2 * Settings.FORK_START_SECONDS);
  }

  @Test
  void aFullRunIsOneJmhRunPerSettingsEachGivenExactlyItsBenchmarks() {
    Map<Settings, List<String>> passes = RunBenchmarks.passes(false, RunBenchmarks.entries(RunBenchmarks.EVERY_BENCHMARK));
    assertThat(passes.keySet()).containsExactly(Settings.FULL, Settings.FULL_AFTER_SETTLING);
    assertThat(passes.get(Settings.FULL_AFTER_SETTLING)).isNotEmpty()
        .allSatisfy(b -> assertThat(Settings.settles(RunBenchmarks.shortName(b))).isTrue());
    assertThat(passes.get(Settings.FULL)).contains("io.github.hindsight.benchmarks.JsonBenchmarks.floorTokenScan")
        .noneSatisfy(b -> assertThat(Settings.settles(RunBenchmarks.shortName(b))).isTrue());
    assertThat(passes.values().stream().mapToInt(List::size).sum())
        .isEqualTo(RunBenchmarks.entries(RunBenchmarks.EVERY_BENCHMARK).size());
    assertThat(RunBenchmarks.describe(passes)).isEqualTo(
        "- Settings of DetectionBenchmarks, JsonBenchmarks.floorJsonLinesCopy, "
            + "JsonBenchmarks.floorStreamingWrite, JsonBenchmarks.floorTokenScan, JsonBenchmarks.hindsightWrite, JudgementBenchmarks, "
            + "MarkdownBenchmarks.floorRender, MarkdownBenchmarks.hindsightWrite, SensitivityBenchmarks: " + Settings.FULL.describe() + "\n"
            + "- Settings of JsonBenchmarks.floorDataBind, JsonBenchmarks.hindsightJsonLinesCopy, JsonBenchmarks.hindsightRead, "
            + "MarkdownBenchmarks.floorParse, "
            + "MarkdownBenchmarks.hindsightRead, ParallelReadBenchmarks: "
            + Settings.FULL_AFTER_SETTLING.describe() + "\n");
  }

  @Test
  void aPartialOrQuickRunIsOneJmhRunAndSaysItsSettingsOnce() {
    Map<Settings, List<String>> detection = RunBenchmarks.passes(false, RunBenchmarks.entries("DetectionBenchmarks"));
    assertThat(detection.keySet()).containsExactly(Settings.FULL);
    assertThat(RunBenchmarks.describe(detection)).isEqualTo("- Settings: " + Settings.FULL.describe() + "\n");
    assertThat(RunBenchmarks.passes(true, RunBenchmarks.entries(RunBenchmarks.EVERY_BENCHMARK)).keySet())
        .containsExactly(Settings.QUICK);
    assertThat(RunBenchmarks.passes(false, RunBenchmarks.entries("NoSuchBenchmark"))).isEmpty();
  }

  @Test
  void everyRunMeasuresEnoughIterationsForAnError() {
    // JMH gives no error for two measured iterations or fewer.
    for (Settings s : List.of(Settings.FULL, Settings.FULL_AFTER_SETTLING, Settings.QUICK)) {
      assertThat(s.forks() * s.measurementIterations()).isGreaterThan(2);
    }
    assertThat(Settings.FULL.forks()).isGreaterThan(1);
  }

  @Test
  void theSettingsAreDescribedForTheReport() {
    assertThat(Settings.FULL.describe()).isEqualTo("2 forks, each 2 warm-up iterations of 1 s and 6 measured of 500 ms");
    assertThat(Settings.FULL_AFTER_SETTLING.describe()).isEqualTo("1 fork, each 1 warm-up iteration of 1 s and 12 measured of 500 ms");
    assertThat(Settings.QUICK.describe()).isEqualTo("1 fork, each 1 warm-up iteration of 200 ms and 3 measured of 200 ms");
    assertThat(Settings.FULL.secondsPerBenchmark()).isEqualTo(10.0);
  }
}
