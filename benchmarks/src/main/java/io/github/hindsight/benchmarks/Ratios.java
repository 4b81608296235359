package io.github.hindsight.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Turns raw benchmark times into ratios to their floors. A ratio holds on a noisy machine where a
 * raw time does not: the path and its floor ran in the same run, on the same bytes, under the
 * same noise.
 */
public final class Ratios {

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
   * One line of the table.
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

    /** @return whether the ratio is within the target; true when there is none */
    public boolean met() {
      return comparison.target().isEmpty() || ratio() <= comparison.target().getAsDouble();
    }
  }

  private Ratios() {}

  /**
   * Pairs each comparison's path with its floor, parameter set by parameter set. A comparison
   * whose path or floor did not run (filtered out, or failed) gives no row.
   *
   * @param scores every score of the run
   * @param comparisons the comparisons
   * @return the rows, in the order of the comparisons and then of the scores
   */
  public static List<Row> rows(List<Score> scores, List<Comparison> comparisons) {
    Map<String, Score> byKey = new LinkedHashMap<>();
    for (Score s : scores) {
      byKey.put(s.benchmark() + "|" + s.params(), s);
    }
    List<Row> rows = new ArrayList<>();
    for (Comparison c : comparisons) {
      for (Score path : scores) {
        if (!path.benchmark().equals(c.path())) {
          continue;
        }
        Score floor = byKey.get(c.floor() + "|" + path.params());
        if (floor != null && floor.nanosPerOp() > 0) {
          rows.add(new Row(c, path.params(), path, floor));
        }
      }
    }
    return rows;
  }

  /**
   * The rows as a Markdown table: ratio, target, raw times.
   *
   * @param rows the rows
   * @return the table, ending with a line break
   */
  public static String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| Path | Floor | Params | Ratio | Target | Path time | Floor time |\n");
    sb.append("|---|---|---|---:|---|---:|---:|\n");
    for (Row r : rows) {
      Comparison c = r.comparison();
      String target = c.target().isPresent()
          ? "≤ " + format(c.target().getAsDouble()) + (r.met() ? " met" : " **missed**")
          : "—";
      sb.append("| ").append(c.name())
          .append(" | ").append(c.floor())
          .append(" | ").append(r.params().isEmpty() ? "—" : r.params())
          .append(" | ").append(format(r.ratio())).append('×')
          .append(" | ").append(target)
          .append(" | ").append(time(r.path()))
          .append(" | ").append(time(r.floor()))
          .append(" |\n");
    }
    return sb.toString();
  }

  /** Two decimals, or three significant digits for ratios too small for two decimals to show. */
  private static String format(double ratio) {
    if (ratio >= 0.1 || ratio == 0 || !Double.isFinite(ratio)) {
      return String.format(Locale.ROOT, "%.2f", ratio);
    }
    return new java.math.BigDecimal(ratio).round(new java.math.MathContext(3)).toPlainString();
  }

  /**
   * A time for people, in the largest unit that keeps it at 1 or more.
   *
   * @param score the score
   * @return such as {@code 1.23 ms ± 0.04}
   */
  static String time(Score score) {
    double ns = score.nanosPerOp();
    String[] units = {"ns", "µs", "ms", "s"};
    double scale = 1;
    int u = 0;
    while (u < units.length - 1 && ns / scale >= 1000) {
      scale *= 1000;
      u++;
    }
    String text = String.format(Locale.ROOT, "%.3g %s", ns / scale, units[u]);
    if (!Double.isNaN(score.errorNanos())) {
      text += String.format(Locale.ROOT, " ± %.2g", score.errorNanos() / scale);
    }
    return text;
  }
}
