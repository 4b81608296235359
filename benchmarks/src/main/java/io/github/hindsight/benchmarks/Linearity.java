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
   * @param nanosPerElement the time per part
   * @param relative the time per part over that of the smallest size measured
   */
  record Point(int questionSize, int elements, double nanosPerElement, double relative) {}

  /**
   * The points of one benchmark, smallest question first.
   *
   * @param scores every score of the run
   * @param benchmark {@code Class.method}
   * @return the points; empty when the benchmark did not run
   */
  static List<Point> points(List<Score> scores, String benchmark) {
    List<int[]> sizes = new ArrayList<>();
    List<Double> times = new ArrayList<>();
    for (Score s : scores) {
      if (!s.benchmark().equals(benchmark)) {
        continue;
      }
      int size = sizeOf(s.params());
      if (size > 0) {
        sizes.add(new int[] {size, ModelSize.elements(Corpus.sized(size))});
        times.add(s.nanosPerOp());
      }
    }
    List<Point> points = new ArrayList<>();
    double base = Double.NaN;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sizes.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(sizes.get(a)[0], sizes.get(b)[0]));
    for (int i : order) {
      double perElement = times.get(i) / sizes.get(i)[1];
      if (Double.isNaN(base)) {
        base = perElement;
      }
      points.add(new Point(sizes.get(i)[0], sizes.get(i)[1], perElement, perElement / base));
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
    StringBuilder sb = new StringBuilder("| Question size | Elements | Time per element | Relative to smallest |\n|---:|---:|---:|---:|\n");
    for (Point p : points) {
      sb.append(String.format(Locale.ROOT, "| %d | %d | %.1f ns | %.2f× |\n", p.questionSize(), p.elements(), p.nanosPerElement(), p.relative()));
    }
    return sb.toString();
  }
}
