package io.github.hindsight.benchmarks;

import io.github.hindsight.benchmarks.Ratios.Comparison;
import io.github.hindsight.benchmarks.Ratios.Score;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with short, bounded iterations and prints the table of ratios to the
 * floors. See {@code docs/performance.md} for the command.
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
      Comparison.atMost("Markdown read", "MarkdownBenchmarks.hindsightRead", "MarkdownBenchmarks.floorParse", 1.3),
      Comparison.atMost("Markdown write", "MarkdownBenchmarks.hindsightWrite", "MarkdownBenchmarks.floorRender", 1.0),
      Comparison.reported("Judgement", "JudgementBenchmarks.judge", "JudgementBenchmarks.floorWalk"),
      Comparison.atMost("Sensitivity (in judgements)", "SensitivityBenchmarks.sensitivity", "JudgementBenchmarks.judge", 3.0),
      Comparison.reported("Facade detection", "DetectionBenchmarks.hindsightDetect", "DetectionBenchmarks.floorReadHead"));

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
    // Small by default: operations of a few milliseconds give each one-second iteration many
    // samples, which steadies the mean on a busy machine more than a bigger corpus would.
    String size = "small";
    String include = "io\\.github\\.hindsight\\..*Benchmarks\\..*";
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
    TimeValue iteration = quick ? TimeValue.milliseconds(200) : TimeValue.seconds(1);
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .mode(org.openjdk.jmh.annotations.Mode.AverageTime)
        .timeUnit(TimeUnit.NANOSECONDS)
        .forks(1)
        .warmupIterations(quick ? 1 : 3)
        .warmupTime(iteration)
        .measurementIterations(quick ? 2 : 5)
        .measurementTime(iteration)
        .param("size", size)
        .jvmArgsAppend("-Xmx2g", "-Dhindsight.corpus.dir=" + Corpus.cacheDirectory().toAbsolutePath())
        .shouldFailOnError(true);
    Collection<RunResult> results = new Runner(options.build()).run();

    List<Score> scores = scores(results);
    String report = Environment.describe() + "\n" + Ratios.table(Ratios.rows(scores, COMPARISONS))
        + "\nLinearity of judgement (time per model element, by question size):\n\n"
        + Linearity.table(scores, "JudgementBenchmarks.judge");
    System.out.println();
    System.out.println(report);
    if (out != null) {
      Files.writeString(out, report, StandardCharsets.UTF_8);
    }
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
      String name = p.getBenchmark();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
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
