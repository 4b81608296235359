package io.github.hindsight.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Runs an operation until the JIT compiler has stopped compiling what it calls, before JMH's own
 * warm-up begins.
 *
 * <p>Reading a folder of Markdown files reaches so much code (the reader, commonmark, the YAML
 * parser, the model's checks) that the C2 compiler thread stays busy for many seconds after the
 * first read: far longer than JMH's warm-up. While it compiles it takes a core. In a fork that
 * reads on one thread it takes the core the read does not use, and costs the read nothing; in a
 * fork that reads on two threads it takes a core from them. Measured then, two threads look
 * slower than one. Waiting here until the compiler is quiet in every fork measures each read
 * with the compiler out of the way.
 */
final class CompilerQuiet {
  /** The length of a window in which the compiler's time is looked at. */
  static final long WINDOW_NANOS = 1_000_000_000L;
  /** Quiet: the compiler threads worked less than this share of a window. */
  static final double QUIET_SHARE = 0.10;
  /** How many quiet windows in a row end the wait. */
  static final int QUIET_WINDOWS = 2;
  /**
   * The longest a fork waits for the compiler to be quiet before JMH's warm-up: the longest that
   * keeps a full run, every fork that waits waiting this long, within the nine minutes that
   * {@code SettingsTest} allows it (one more second a fork would pass them).
   */
  static final long MAX_NANOS = 17_000_000_000L;

  /** One operation of a benchmark. */
  @FunctionalInterface
  interface Operation {
    void run() throws Exception;
  }

  private CompilerQuiet() {}

  /** @return a blackhole for the operations run before JMH's own iterations, which give none */
  static org.openjdk.jmh.infra.Blackhole blackhole() {
    return new org.openjdk.jmh.infra.Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
  }

  /**
   * Runs a fork's operation until the compiler is quiet, at most {@link #MAX_NANOS}, and says in
   * the fork's output (which JMH shows) how long that took.
   *
   * @param operation the fork's benchmark, run once each call
   * @throws Exception as the operation threw it
   */
  static void settleFork(Operation operation) throws Exception {
    long settled = settle(operation, MAX_NANOS);
    System.out.printf(java.util.Locale.ROOT, "compiler quiet after %.1f s%n", settled / 1e9);
  }

  /**
   * Settles the fork if its benchmark is one that {@link Settings#settles settles}, and does
   * nothing otherwise.
   *
   * @param params the fork's benchmark
   * @param operation the operation of a benchmark, by its method's name, given a blackhole; it
   *     throws for a name it has no operation for, so that a fork never warms up the wrong code
   * @throws Exception as the operation threw it
   */
  static void settleForkIfItSettles(org.openjdk.jmh.infra.BenchmarkParams params,
      java.util.function.BiFunction<String, org.openjdk.jmh.infra.Blackhole, Operation> operation) throws Exception {
    String benchmark = RunBenchmarks.shortName(params.getBenchmark());
    if (Settings.settles(benchmark)) {
      settleFork(operation.apply(benchmark.substring(benchmark.indexOf('.') + 1), blackhole()));
    }
  }

  /**
   * Runs the operation, window after window, until the compiler was quiet in
   * {@link #QUIET_WINDOWS} windows in a row, or the time allowed is up.
   *
   * @param operation what to run
   * @param maxNanos the longest time to run it
   * @return how long it ran, in nanoseconds
   * @throws Exception as the operation threw it
   */
  static long settle(Operation operation, long maxNanos) throws Exception {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    LongSupplier compiledMillis = compiler != null && compiler.isCompilationTimeMonitoringSupported()
        ? compiler::getTotalCompilationTime
        : () -> 0;
    return settle(operation, maxNanos, WINDOW_NANOS, compiledMillis, System::nanoTime);
  }

  /**
   * As {@link #settle(Operation, long)}, with the compiler's time and the clock given.
   *
   * @param operation what to run, at least once a window
   * @param maxNanos the longest time to run it
   * @param windowNanos the length of a window
   * @param compiledMillis the compiler threads' total time so far, in milliseconds
   * @param clock the time now, in nanoseconds
   * @return how long it ran, in nanoseconds
   * @throws Exception as the operation threw it
   */
  static long settle(Operation operation, long maxNanos, long windowNanos, LongSupplier compiledMillis, LongSupplier clock)
      throws Exception {
    long start = clock.getAsLong();
    int quiet = 0;
    while (quiet < QUIET_WINDOWS && clock.getAsLong() - start < maxNanos) {
      long windowStart = clock.getAsLong();
      long compiledBefore = compiledMillis.getAsLong();
      do {
        operation.run();
      } while (clock.getAsLong() - windowStart < windowNanos);
      long window = clock.getAsLong() - windowStart;
      long compiled = (compiledMillis.getAsLong() - compiledBefore) * 1_000_000L;
      quiet = compiled < QUIET_SHARE * window ? quiet + 1 : 0;
    }
    return clock.getAsLong() - start;
  }
}
