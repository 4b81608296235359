package io.github.hindsight.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * Turns raw benchmark times into ratios to their floors. A ratio holds on a noisy machine where a
 * raw time does not: the path and its floor ran in the same run, on the same bytes, under the
 * same noise. {@link RatioTable} prints them.
 */
public final class Ratios {

  /**
   * A time whose 99.9% error is this share of itself or more is unsteady: the table flags it, and
   * the run's settings aim to keep every time under it on an idle machine.
   */
  public static final double UNSTEADY = 0.10;

  /**
   * One measured benchmark.
   *
   * @param benchmark {@code Class.method}, without the package
   * @param params the JMH parameters, such as {@code size=medium}; empty when there are none
   * @param nanosPerOp the mean time of one operation
   * @param errorNanos the 99.9% confidence half-width JMH reports, or NaN
   */
  public record Score(String benchmark, String params, double nanosPerOp, double errorNanos) {
    /** Checks the fields. */
    public Score {
      Objects.requireNonNull(benchmark, "benchmark");
      Objects.requireNonNull(params, "params");
    }

    /**
     * The error as a share of the time.
     *
     * @return the 99.9% half-width over the mean; NaN when JMH gave no error (two iterations or
     *     fewer) or the mean is not positive
     */
    public double relativeError() {
      return nanosPerOp > 0 ? Math.abs(errorNanos) / nanosPerOp : Double.NaN;
    }

    /** @return whether the error is known and at least {@link #UNSTEADY} of the time */
    public boolean unsteady() {
      return relativeError() >= UNSTEADY;
    }
  }

  /**
   * The relative error of a quotient of two times, from theirs. They are added, not taken in
   * quadrature: the two benchmarks ran on the same machine under the same noise, so their errors
   * need not be independent, and the sum bounds the quotient's error (to first order) however they
   * are correlated. The same holds for a product, so the order of the two does not matter.
   *
   * @param numerator one time
   * @param denominator the other
   * @return the relative 99.9% error of their quotient; NaN when either error is unknown
   */
  public static double relativeErrorOfRatio(Score numerator, Score denominator) {
    return numerator.relativeError() + denominator.relativeError();
  }

  /**
   * A Hindsight path set against its floor.
   *
   * @param name what is compared, for people
   * @param path the Hindsight benchmark, {@code Class.method}
   * @param floor the floor benchmark, {@code Class.method}
   * @param target the highest ratio the issues allow, or empty when none is set
   */
  public record Comparison(String name, String path, String floor, OptionalDouble target) {
    /** Checks the fields. */
    public Comparison {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(floor, "floor");
      Objects.requireNonNull(target, "target");
    }

    /**
     * A comparison with a target.
     *
     * @param name what is compared
     * @param path the Hindsight benchmark
     * @param floor the floor benchmark
     * @param target the highest ratio allowed
     * @return the comparison
     */
    public static Comparison atMost(String name, String path, String floor, double target) {
      return new Comparison(name, path, floor, OptionalDouble.of(target));
    }

    /**
     * A comparison reported without a target.
     *
     * @param name what is compared
     * @param path the Hindsight benchmark
     * @param floor the floor benchmark
     * @return the comparison
     */
    public static Comparison reported(String name, String path, String floor) {
      return new Comparison(name, path, floor, OptionalDouble.empty());
    }
  }

  /**
   * One measured line of the table.
   *
   * @param comparison what was compared
   * @param params the parameters both benchmarks ran with
   * @param path the path's score
   * @param floor the floor's score
   */
  public record Row(Comparison comparison, String params, Score path, Score floor) {
    /** @return the path's time over the floor's */
    public double ratio() {
      return path.nanosPerOp() / floor.nanosPerOp();
    }

    /** @return the 99.9% half-width of the ratio, by {@link Ratios#relativeErrorOfRatio}; NaN when unknown */
    public double ratioError() {
      return ratio() * relativeErrorOfRatio(path, floor);
    }

    /** @return whether the ratio is within the target; true when there is none */
    public boolean met() {
      return comparison.target().isEmpty() || ratio() <= comparison.target().getAsDouble();
    }

    /** @return whether the target lies within the ratio's error, so that the verdict may flip */
    public boolean targetWithinError() {
      return comparison.target().isPresent()
          && Math.abs(ratio() - comparison.target().getAsDouble()) <= ratioError();
    }

    /** @return whether the path's time or the floor's is unsteady */
    public boolean unsteady() {
      return path.unsteady() || floor.unsteady();
    }
  }

  /**
   * A comparison whose benchmarks were chosen but left no score to compare (a failed or missing
   * benchmark, or a parameter set one side did not run).
   *
   * @param comparison what was to be compared
   * @param params the parameters of the side that ran; empty when neither did
   * @param absent the chosen benchmarks, {@code Class.method}, that gave no score
   */
  public record Missing(Comparison comparison, String params, List<String> absent) {
    /** Checks the fields and copies the list. */
    public Missing {
      Objects.requireNonNull(comparison, "comparison");
      Objects.requireNonNull(params, "params");
      absent = List.copyOf(absent);
    }
  }

  private Ratios() {}

  /**
   * The comparisons a run chose to make: those whose path and floor were both chosen. A partial
   * run (such as {@code --include=Json}) leaves out every other, instead of reporting it as not run.
   *
   * @param comparisons every comparison
   * @param chosen whether a benchmark, {@code Class.method}, was chosen to run
   * @return the chosen comparisons, in their order
   */
  public static List<Comparison> chosen(List<Comparison> comparisons, Predicate<String> chosen) {
    List<Comparison> out = new ArrayList<>();
    for (Comparison c : comparisons) {
      if (chosen.test(c.path()) && chosen.test(c.floor())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Pairs each comparison's path with its floor, parameter set by parameter set. A comparison
   * whose path or floor did not run gives no row here, but a {@link #missing} entry.
   *
   * @param scores every score of the run
   * @param comparisons the comparisons
   * @return the rows, in the order of the comparisons and then of the scores
   */
  public static List<Row> rows(List<Score> scores, List<Comparison> comparisons) {
    Map<String, Score> byKey = byKey(scores);
    List<Row> rows = new ArrayList<>();
    for (Comparison c : comparisons) {
      for (Score path : scores) {
        Score floor = byKey.get(c.floor() + "|" + path.params());
        if (path.benchmark().equals(c.path()) && floor != null && floor.nanosPerOp() > 0) {
          rows.add(new Row(c, path.params(), path, floor));
        }
      }
    }
    return rows;
  }

  /**
   * What the comparisons lack: for each parameter set one side ran with, the other side if it gave
   * no usable score; for a comparison neither side of which ran, both.
   *
   * @param scores every score of the run
   * @param comparisons the comparisons, normally those {@link #chosen}
   * @return the missing entries, in the order of the comparisons and then of the scores
   */
  public static List<Missing> missing(List<Score> scores, List<Comparison> comparisons) {
    Map<String, Score> byKey = byKey(scores);
    List<Missing> missing = new ArrayList<>();
    for (Comparison c : comparisons) {
      List<String> seen = new ArrayList<>();
      for (Score s : scores) {
        boolean isPath = s.benchmark().equals(c.path());
        if ((isPath || s.benchmark().equals(c.floor())) && !seen.contains(s.params())) {
          seen.add(s.params());
          String other = isPath ? c.floor() : c.path();
          Score match = byKey.get(other + "|" + s.params());
          Score floor = isPath ? match : s;
          if (match == null || floor.nanosPerOp() <= 0) {
            missing.add(new Missing(c, s.params(), List.of(match == null ? other : c.floor())));
          }
        }
      }
      if (seen.isEmpty()) {
        missing.add(new Missing(c, "", List.of(c.path(), c.floor())));
      }
    }
    return missing;
  }

  private static Map<String, Score> byKey(List<Score> scores) {
    Map<String, Score> byKey = new LinkedHashMap<>();
    for (Score s : scores) {
      byKey.put(s.benchmark() + "|" + s.params(), s);
    }
    return byKey;
  }
}
