package io.github.hindsight.benchmarks;

import io.github.hindsight.benchmarks.Ratios.Comparison;
import io.github.hindsight.benchmarks.Ratios.Missing;
import io.github.hindsight.benchmarks.Ratios.Row;
import io.github.hindsight.benchmarks.Ratios.Score;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ratios of a run as a Markdown table, each with its error and whether its times are steady. */
public final class RatioTable {
  private RatioTable() {}

  /**
   * The rows as a Markdown table: ratio with its error, target, raw times and steadiness, then a
   * line for each comparison that was chosen but could not be made.
   *
   * @param rows the measured rows
   * @param missing the comparisons chosen but lacking a score
   * @return the table, ending with a line break; a sentence instead when there is nothing to show
   */
  public static String table(List<Row> rows, List<Missing> missing) {
    if (rows.isEmpty() && missing.isEmpty()) {
      return "No comparison had both its path and its floor chosen.\n";
    }
    StringBuilder sb = new StringBuilder();
    sb.append("| Path | Floor | Params | Ratio | Target | Path time | Floor time | Steady |\n");
    sb.append("|---|---|---|---:|---|---:|---:|---|\n");
    for (Row r : rows) {
      line(sb, r.comparison(), r.params(), ratio(r), target(r), time(r.path()), time(r.floor()), steadiness(r));
    }
    for (Missing m : missing) {
      String what = "did not run: " + String.join(", ", m.absent());
      line(sb, m.comparison(), m.params(), "—", what, "—", "—", "—");
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, Comparison c, String params, String... cells) {
    sb.append("| ").append(c.name()).append(" | ").append(c.floor())
        .append(" | ").append(params.isEmpty() ? "—" : params);
    for (String cell : cells) {
      sb.append(" | ").append(cell);
    }
    sb.append(" |\n");
  }

  /** Such as {@code 1.96× ± 0.31}; the ratio alone when its error is unknown. */
  private static String ratio(Row r) {
    String text = format(r.ratio()) + "×";
    return Double.isNaN(r.ratioError()) ? text : text + " ± " + error(r.ratioError());
  }

  private static String target(Row r) {
    if (r.comparison().target().isEmpty()) {
      return "—";
    }
    return "≤ " + format(r.comparison().target().getAsDouble()) + (r.met() ? " met" : " **missed**")
        + (r.targetWithinError() ? " (within the error)" : "");
  }

  private static String steadiness(Row r) {
    return steadiness(List.of("path ", "floor "), List.of(r.path(), r.floor()));
  }

  /**
   * Whether times are steady: {@code yes} when each has a 99.9% error under
   * {@link Ratios#UNSTEADY} of itself, {@code **unsteady**} with the error of each that does not,
   * or {@code unknown} when JMH gave no error for one of them.
   *
   * @param labels what to call each time in the text, such as {@code "path "}; may be empty
   * @param scores the times, in the order of the labels
   * @return the text of a table cell
   */
  static String steadiness(List<String> labels, List<Score> scores) {
    List<String> which = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      Score s = scores.get(i);
      if (Double.isNaN(s.relativeError())) {
        return "unknown (no error: too few iterations)";
      }
      if (s.unsteady()) {
        which.add(labels.get(i) + "± " + percent(s));
      }
    }
    return which.isEmpty() ? "yes" : "**unsteady**: " + String.join(", ", which);
  }

  /**
   * A score's error as a percentage of its time.
   *
   * @param score the score
   * @return such as {@code 12%}
   */
  static String percent(Score score) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * score.relativeError());
  }

  /**
   * A ratio for people: two decimals, or three significant digits when two decimals would not show it.
   *
   * @param ratio the ratio
   * @return such as {@code 1.96} or {@code 0.00349}
   */
  static String format(double ratio) {
    return format(ratio, 3);
  }

  /**
   * An error for people: two decimals, or two significant digits when two decimals would not show it.
   *
   * @param error the 99.9% half-width of a ratio
   * @return such as {@code 0.31} or {@code 0.040}
   */
  static String error(double error) {
    return format(error, 2);
  }

  private static String format(double figure, int digits) {
    if (figure >= 0.1 || figure == 0 || !Double.isFinite(figure)) {
      return String.format(Locale.ROOT, "%.2f", figure);
    }
    return significant(figure, digits);
  }

  /** The figure to so many significant digits, trailing zeros kept, never in exponent form. */
  private static String significant(double figure, int digits) {
    BigDecimal rounded = new BigDecimal(figure).round(new MathContext(digits));
    if (rounded.precision() < digits) {
      rounded = rounded.setScale(rounded.scale() + digits - rounded.precision());
    }
    return rounded.toPlainString();
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
      text += " ± " + significant(score.errorNanos() / scale, 2);
    }
    return text;
  }
}
