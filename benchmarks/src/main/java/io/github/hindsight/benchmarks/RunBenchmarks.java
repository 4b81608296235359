package io.github.hindsight.benchmarks;

import io.github.hindsight.benchmarks.Ratios.Comparison;
import io.github.hindsight.benchmarks.Ratios.Score;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark with bounded iterations ({@link Settings}) and prints the table of ratios
 * to the floors, each with its error. See {@code docs/performance.md} for the command.
 *
 * <p>Arguments: {@code --quick} (small corpus, very short iterations: a check that everything
 * runs, not a measurement), {@code --size=small|medium|large} (the corpus for the format
 * benchmarks; small by default), {@code --include=REGEX} (only matching benchmarks),
 * {@code --out=FILE} (also write the table there).
 */
public final class RunBenchmarks {

  /** Every comparison the issues ask for, with the targets they set. */
  static final List<Comparison> COMPARISONS = List.of(
      Comparison.atMost("JSON read", "JsonBenchmarks.hindsightRead", "JsonBenchmarks.floorDataBind", 0.9),
      Comparison.atMost("JSON read", "JsonBenchmarks.hindsightRead", "JsonBenchmarks.floorTokenScan", 2.0),
      Comparison.atMost("JSON write", "JsonBenchmarks.hindsightWrite", "JsonBenchmarks.floorStreamingWrite", 1.15),
      Comparison.atMost("JSON Lines read → write", "JsonBenchmarks.hindsightJsonLinesCopy", "JsonBenchmarks.floorJsonLinesCopy", 2.0),
      Comparison.atMost("Markdown read", "MarkdownBenchmarks.hindsightRead", "MarkdownBenchmarks.floorParse", 1.15),
      Comparison.atMost("Markdown write", "MarkdownBenchmarks.hindsightWrite", "MarkdownBenchmarks.floorRender", 0.8),
      Comparison.reported("Judgement", "JudgementBenchmarks.judge", "JudgementBenchmarks.floorWalk"),
      Comparison.atMost("Sensitivity (in judgements)", "SensitivityBenchmarks.sensitivity", "JudgementBenchmarks.judge", 3.0),
      Comparison.reported("Facade detection", "DetectionBenchmarks.hindsightDetect", "DetectionBenchmarks.floorReadHead"),
      // 1.7 times as fast on 2 cores as on 1: at most 1 / 1.7 of the time.
      Comparison.atMost("Parallel read (folder bank), 2 cores vs 1", "ParallelReadBenchmarks.folderTwoThreads", "ParallelReadBenchmarks.folderOneThread", 0.59),
      Comparison.atMost("Parallel read (JSON Lines), 2 cores vs 1", "ParallelReadBenchmarks.jsonLinesTwoThreads", "ParallelReadBenchmarks.jsonLinesOneThread", 0.59),
      // What two threads buy on this machine at all: two whole reads at once against one after
      // the other (0.5 at best); the two rows above cannot do better than this one.
      Comparison.reported("Machine ceiling (two JSON Lines reads), 2 cores vs 1", "ParallelReadBenchmarks.ceilingTwoThreads", "ParallelReadBenchmarks.ceilingOneThread"));

  /** The {@code --include} pattern of a full run: every benchmark of this package. */
  static final String EVERY_BENCHMARK = "io\\.github\\.hindsight\\..*Benchmarks\\..*";

  /** The benchmark whose time per model element the linearity section shows. */
  static final String LINEARITY = "JudgementBenchmarks.judge";

  private RunBenchmarks() {}

  /**
   * Runs the benchmarks.
   *
   * @param args see the class description
   * @throws RunnerException if JMH fails
   * @throws IOException if the table cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = false;
    // Small by default: operations of a few milliseconds give each iteration many of them, which
    // steadies the mean on a busy machine more than a bigger corpus would.
    String size = "small";
    String include = EVERY_BENCHMARK;
    Path out = null;
    for (String arg : args) {
      if (arg.equals("--quick")) {
        quick = true;
        size = "small";
      } else if (arg.startsWith("--size=")) {
        size = arg.substring("--size=".length());
        Corpus.Size.valueOf(size.toUpperCase(Locale.ROOT));
      } else if (arg.startsWith("--include=")) {
        include = arg.substring("--include=".length());
      } else if (arg.startsWith("--out=")) {
        out = Paths.get(arg.substring("--out=".length()));
      } else if (!arg.isBlank()) {
        throw new IllegalArgumentException("unknown argument " + arg + "; expected --quick, --size=, --include= or --out=");
      }
    }
    double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    List<RunResult> results = new ArrayList<>();
    Map<Settings, List<String>> passes = passes(quick, entries(include));
    for (Map.Entry<Settings, List<String>> pass : passes.entrySet()) {
      Settings settings = pass.getKey();
      ChainedOptionsBuilder options = new OptionsBuilder()
          .mode(org.openjdk.jmh.annotations.Mode.AverageTime)
          .timeUnit(TimeUnit.NANOSECONDS)
          .forks(settings.forks())
          .warmupIterations(settings.warmupIterations())
          .warmupTime(settings.warmupTime())
          .measurementIterations(settings.measurementIterations())
          .measurementTime(settings.measurementTime())
          .param("size", size)
          .jvmArgsAppend("-Xmx2g", "-Dhindsight.corpus.dir=" + Corpus.cacheDirectory().toAbsolutePath())
          // A benchmark that fails does not stop the others: the table reports it as not run, and
          // the run then ends with a failure status.
          .shouldFailOnError(false);
      for (String benchmark : pass.getValue()) {
        options.include("^" + Pattern.quote(benchmark) + "$");
      }
      results.addAll(new Runner(options.build()).run());
    }

    List<Score> scores = scores(results);
    Predicate<String> chosen = chosenBy(include);
    String report = Environment.describe(loadAtStart) + describe(passes) + "\n" + report(scores, chosen);
    System.out.println();
    System.out.println(report);
    if (out != null) {
      Files.writeString(out, report, StandardCharsets.UTF_8);
    }
    List<String> notRun = notRun(scores, entries(include));
    if (!notRun.isEmpty()) {
      System.err.println("Chosen but without a score (see JMH's output above): " + String.join(", ", notRun));
      System.exit(1);
    }
  }

  /**
   * The chosen benchmarks grouped by the settings they run with, each group to be one JMH run.
   *
   * @param quick whether the run is a check that everything runs
   * @param chosen the chosen benchmarks
   * @return their full names by settings, in JMH's order, the settings of a measurement first
   */
  static Map<Settings, List<String>> passes(boolean quick, Set<BenchmarkListEntry> chosen) {
    Map<Settings, List<String>> passes = new LinkedHashMap<>();
    passes.put(quick ? Settings.QUICK : Settings.FULL, new ArrayList<>());
    for (BenchmarkListEntry e : chosen) {
      Settings settings = Settings.forBenchmark(quick, shortName(e.getUsername()));
      passes.computeIfAbsent(settings, k -> new ArrayList<>()).add(e.getUsername());
    }
    passes.values().removeIf(List::isEmpty);
    return passes;
  }

  /**
   * The settings of a run, for the report's head.
   *
   * @param passes the run's benchmarks by settings
   * @return one line per settings, each ending with a line break
   */
  static String describe(Map<Settings, List<String>> passes) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Settings, List<String>> pass : passes.entrySet()) {
      sb.append(passes.size() == 1 ? "- Settings: " : "- Settings of " + names(pass.getValue()) + ": ")
          .append(pass.getKey().describe()).append('\n');
    }
    return sb.toString();
  }

  /**
   * Benchmarks by the shortest names that tell them: a class when all of its chosen benchmarks
   * are among them, {@code Class.method} otherwise.
   *
   * @param benchmarks full names
   * @return the names, sorted, joined with commas
   */
  private static String names(List<String> benchmarks) {
    Map<String, Set<String>> byClass = new TreeMap<>();
    for (String benchmark : benchmarks) {
      String name = shortName(benchmark);
      byClass.computeIfAbsent(name.substring(0, name.indexOf('.')), k -> new TreeSet<>()).add(name);
    }
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, Set<String>> c : byClass.entrySet()) {
      boolean whole = true;
      for (BenchmarkListEntry e : entries("\\." + Pattern.quote(c.getKey()) + "\\.")) {
        whole &= c.getValue().contains(shortName(e.getUsername()));
      }
      if (whole) {
        names.add(c.getKey());
      } else {
        names.addAll(c.getValue());
      }
    }
    return String.join(", ", names);
  }

  /**
   * The chosen benchmarks that gave no score, such as those that failed.
   *
   * @param scores the scores of the run
   * @param chosen the benchmarks the run chose
   * @return their names, {@code Class.method}, in JMH's order
   */
  static List<String> notRun(List<Score> scores, Set<BenchmarkListEntry> chosen) {
    Set<String> scored = new HashSet<>();
    for (Score s : scores) {
      scored.add(s.benchmark());
    }
    List<String> notRun = new ArrayList<>();
    for (BenchmarkListEntry e : chosen) {
      String name = shortName(e.getUsername());
      if (!scored.contains(name)) {
        notRun.add(name);
      }
    }
    return notRun;
  }

  /**
   * The tables of a run: the ratios of every comparison it chose, and the linearity of judgement
   * if it chose that benchmark. A section or row whose benchmarks were not chosen is left out; one
   * whose benchmarks were chosen but gave no score says so.
   *
   * @param scores the scores of the run
   * @param chosen whether a benchmark, {@code Class.method}, was chosen to run
   * @return the report, ending with a line break
   */
  static String report(List<Score> scores, Predicate<String> chosen) {
    List<Comparison> comparisons = Ratios.chosen(COMPARISONS, chosen);
    String report = RatioTable.table(Ratios.rows(scores, comparisons), Ratios.missing(scores, comparisons));
    if (chosen.test(LINEARITY)) {
      report += "\nLinearity of judgement (time per model element, by question size):\n\n"
          + Linearity.table(scores, LINEARITY);
    }
    return report;
  }

  /**
   * Which benchmarks an {@code --include} pattern chooses, as JMH itself decides it from the list
   * of benchmarks its annotation processor wrote.
   *
   * @param include the regular expression given to JMH
   * @return whether a benchmark, {@code Class.method} without the package, is chosen
   */
  static Predicate<String> chosenBy(String include) {
    Set<String> chosen = new HashSet<>();
    for (BenchmarkListEntry e : entries(include)) {
      chosen.add(shortName(e.getUsername()));
    }
    return chosen::contains;
  }

  /**
   * The benchmark methods an {@code --include} pattern chooses, from JMH's list.
   *
   * @param include the regular expression given to JMH
   * @return JMH's entries, one per benchmark method, with the parameters each declares
   */
  static Set<BenchmarkListEntry> entries(String include) {
    OutputFormat quiet = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
    return BenchmarkList.defaultList().find(quiet, List.of(include), List.of());
  }

  /** {@code Class.method} from a benchmark's full name. */
  static String shortName(String benchmark) {
    return benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
  }

  /**
   * The scores of a JMH run, with the package left off the benchmark names.
   *
   * @param results what JMH returned
   * @return the scores in nanoseconds per operation
   */
  static List<Score> scores(Collection<RunResult> results) {
    List<Score> scores = new ArrayList<>();
    for (RunResult r : results) {
      BenchmarkParams p = r.getParams();
      String name = shortName(p.getBenchmark());
      Map<String, String> params = new TreeMap<>();
      for (String key : p.getParamsKeys()) {
        params.put(key, p.getParam(key));
      }
      StringBuilder ps = new StringBuilder();
      params.forEach((k, v) -> ps.append(ps.length() == 0 ? "" : ",").append(k).append('=').append(v));
      scores.add(new Score(name, ps.toString(), r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()));
    }
    return scores;
  }
}
