package io.github.hindsight.benchmarks;

import io.github.hindsight.benchmarks.Ratios.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a benchmark's time grows linearly with the question: its time per model element at
 * each question size, relative to the smallest size. A linear cost keeps the relative figure
 * near 1 as the question grows; a quadratic one makes it grow with the size.
 */
final class Linearity {
  /** The JMH parameter that holds the question size. */
  static final String PARAM = "questionSize";

  private Linearity() {}

  /**
   * One size of question.
   *
   * @param questionSize the size given to the generator
   * @param elements the parts of the question, by {@link ModelSize#elements}
   * @param perElement the time per part, with its error per part
   * @param relative the time per part over that of the smallest size measured
   * @param relativeError the 99.9% half-width of {@code relative}, by
   *     {@link Ratios#relativeErrorOfRatio}: zero for the smallest size, NaN when unknown
   */
  record Point(int questionSize, int elements, Score perElement, double relative, double relativeError) {
    /** @return the time per part */
    double nanosPerElement() {
      return perElement.nanosPerOp();
    }
  }

  /**
   * The points of one benchmark, smallest question first.
   *
   * @param scores every score of the run
   * @param benchmark {@code Class.method}
   * @return the points; empty when the benchmark did not run
   */
  static List<Point> points(List<Score> scores, String benchmark) {
    List<Score> perElement = new ArrayList<>();
    List<int[]> sizes = new ArrayList<>();
    for (Score s : scores) {
      int size = s.benchmark().equals(benchmark) ? sizeOf(s.params()) : -1;
      if (size > 0) {
        int elements = ModelSize.elements(Corpus.sized(size));
        sizes.add(new int[] {size, elements});
        perElement.add(new Score(s.benchmark(), s.params(), s.nanosPerOp() / elements, s.errorNanos() / elements));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sizes.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(sizes.get(a)[0], sizes.get(b)[0]));
    if (order.isEmpty()) {
      return List.of();
    }
    List<Point> points = new ArrayList<>();
    Score base = perElement.get(order.get(0));
    for (int i : order) {
      Score here = perElement.get(i);
      double relative = here.nanosPerOp() / base.nanosPerOp();
      double error = here == base ? 0 : relative * Ratios.relativeErrorOfRatio(here, base);
      points.add(new Point(sizes.get(i)[0], sizes.get(i)[1], here, relative, error));
    }
    return points;
  }

  private static int sizeOf(String params) {
    for (String p : params.split(",")) {
      if (p.startsWith(PARAM + "=")) {
        return Integer.parseInt(p.substring(PARAM.length() + 1));
      }
    }
    return -1;
  }

  /**
   * The points as a Markdown table.
   *
   * @param scores every score of the run
   * @param benchmark {@code Class.method}
   * @return the table, or a line saying the benchmark did not run
   */
  static String table(List<Score> scores, String benchmark) {
    List<Point> points = points(scores, benchmark);
    if (points.isEmpty()) {
      return benchmark + " did not run.\n";
    }
    StringBuilder sb = new StringBuilder("| Question size | Elements | Time per element | Relative to smallest | Steady |\n"
        + "|---:|---:|---:|---:|---|\n");
    for (Point p : points) {
      String relative = RatioTable.format(p.relative()) + "×"
          + (p.relativeError() > 0 ? " ± " + RatioTable.error(p.relativeError()) : "");
      String steady = RatioTable.steadiness(List.of(""), List.of(p.perElement()));
      sb.append(String.format(Locale.ROOT, "| %d | %d | %s | %s | %s |\n",
          p.questionSize(), p.elements(), RatioTable.time(p.perElement()), relative, steady));
    }
    return sb.toString();
  }
}
