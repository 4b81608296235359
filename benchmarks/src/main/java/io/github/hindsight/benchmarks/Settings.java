package io.github.hindsight.benchmarks;

import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long each benchmark runs: forks, and in each fork its warm-up and measured iterations.
 *
 * <p>The full settings aim at a 99.9% error under {@link Ratios#UNSTEADY} of every time on an idle
 * machine, while the whole run stays under ten minutes on two cores. JMH's error is Student's
 * <i>t</i> at 99.9% times the standard deviation of the iterations over the square root of their
 * number, and <i>t</i> is large for few iterations (8.6 for 5, 4.1 for 16), so many short measured
 * iterations narrow the error more than a few long ones of the same total time. Two forks let the
 * error include how much one JVM's compiled code differs from another's.
 *
 * @param forks the JVMs each benchmark runs in, one after the other
 * @param warmupIterations the iterations thrown away at the start of each fork
 * @param warmupTime the length of a warm-up iteration
 * @param measurementIterations the iterations measured in each fork
 * @param measurementTime the length of a measured iteration
 */
record Settings(int forks, int warmupIterations, TimeValue warmupTime, int measurementIterations, TimeValue measurementTime) {
  /** The settings of a measurement. */
  static final Settings FULL = new Settings(2, 2, TimeValue.seconds(1), 6, TimeValue.milliseconds(500));

  /**
   * The settings of a measurement for the benchmarks that {@link #settles settle}: each fork first
   * runs its operation until the compiler is quiet (up to {@link CompilerQuiet#MAX_NANOS}). That
   * wait is their warm-up, so one short warm-up iteration follows it, and one fork measures as
   * many iterations as two forks of {@link #FULL} do. A second fork would cost a second wait for
   * the compiler, which the ten minutes of a full run do not leave room for.
   */
  static final Settings FULL_AFTER_SETTLING = new Settings(1, 1, TimeValue.seconds(1), 12, TimeValue.milliseconds(500));

  /**
   * The benchmarks whose forks wait for the compiler before JMH's warm-up, by class or by
   * {@code Class.method}: those whose code keeps the compiler busy long after JMH's warm-up would
   * have ended. Reading on two threads while the compiler takes one of the two cores measures the
   * compiler (see {@link ParallelReadBenchmarks}); the Markdown reader was still getting faster
   * in the last measured iteration of a fork, and its floor is measured the same way. The JSON
   * reader, alone and in the JSON Lines copy, took about six seconds to compile on a slower
   * machine, three times JMH's warm-up, and so did Jackson's data binding; the token scan and the
   * streaming copy, bare Jackson's parser and generator alone, are compiled within the warm-up and
   * keep two forks.
   */
  static final Set<String> SETTLING = Set.of("ParallelReadBenchmarks", "MarkdownBenchmarks.hindsightRead",
      "MarkdownBenchmarks.floorParse", "JsonBenchmarks.hindsightRead", "JsonBenchmarks.hindsightJsonLinesCopy",
      "JsonBenchmarks.floorDataBind");

  /**
   * About how long JMH takes to start a fork and set up its benchmark, beyond the iterations: the
   * JVM, JMH's own set-up and the corpus read from its cache. Four forks of a short benchmark took
   * about 1.7 s each beyond their iterations under a load of 5; a whole idle run took less than
   * half a second a fork beyond its iterations and waits, so a second is a margin, not a guess
   * at the least.
   */
  static final double FORK_START_SECONDS = 1.0;

  /**
   * A check that everything runs, not a measurement: three measured iterations, the fewest that
   * give JMH an error, so that the table's error columns are exercised too.
   */
  static final Settings QUICK = new Settings(1, 1, TimeValue.milliseconds(200), 3, TimeValue.milliseconds(200));

  /**
   * Whether a benchmark's forks wait for the compiler first.
   *
   * @param benchmark {@code Class.method}, without the package
   * @return whether it is among {@link #SETTLING}, by its class or by itself
   */
  static boolean settles(String benchmark) {
    return SETTLING.contains(benchmark) || SETTLING.contains(benchmark.substring(0, benchmark.indexOf('.')));
  }

  /**
   * The settings for a benchmark.
   *
   * @param quick whether the run is a check that everything runs
   * @param benchmark {@code Class.method}, without the package
   * @return the settings
   */
  static Settings forBenchmark(boolean quick, String benchmark) {
    if (quick) {
      return QUICK;
    }
    return settles(benchmark) ? FULL_AFTER_SETTLING : FULL;
  }

  /**
   * The iteration time of one benchmark with one set of parameters, all forks together. An
   * operation longer than an iteration makes its iterations longer than this.
   *
   * @return the seconds, without JVM start-up and set-up
   */
  double secondsPerBenchmark() {
    double perFork = warmupIterations * seconds(warmupTime) + measurementIterations * seconds(measurementTime);
    return forks * perFork;
  }

  /**
   * The longest one benchmark with one set of parameters may take, all forks together: its
   * iterations, the start of each fork and, for those that settle, the longest wait for the
   * compiler in each.
   *
   * @param benchmark {@code Class.method}, without the package
   * @return the seconds
   */
  double longestSecondsPerBenchmark(String benchmark) {
    double settle = settles(benchmark) ? CompilerQuiet.MAX_NANOS / 1e9 : 0;
    return secondsPerBenchmark() + forks * (FORK_START_SECONDS + settle);
  }

  private static double seconds(TimeValue t) {
    return t.convertTo(java.util.concurrent.TimeUnit.MICROSECONDS) / 1e6;
  }

  /** @return the settings for people, such as {@code 2 forks, each 2 warm-up iterations of 1 s and 6 measured of 500 ms} */
  String describe() {
    return String.format(Locale.ROOT, "%d fork%s, each %d warm-up iteration%s of %s and %d measured of %s",
        forks, forks == 1 ? "" : "s", warmupIterations, warmupIterations == 1 ? "" : "s", warmupTime,
        measurementIterations, measurementTime);
  }
}
