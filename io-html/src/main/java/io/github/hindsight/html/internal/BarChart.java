package io.github.hindsight.html.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart, one row a bar made of segments laid end to end, drawn as inline SVG.
 * The chart is never the only form of its data: each section that draws one also writes the table
 * it is drawn from, and each segment names itself in a tooltip.
 */
final class BarChart {
  private static final double WIDTH = 760;
  private static final double LABEL = 200;
  private static final double VALUE = 70;
  private static final double BAR = 20;
  private static final double GAP = 10;

  /** A part of a bar: its length, its colour and what it says. */
  record Segment(double value, String colour, String says) {}

  private record Row(String label, List<Segment> segments, String value) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<Double> marks = new ArrayList<>();
  private final double max;

  /** @param max the value of a full bar */
  BarChart(double max) {
    this.max = max > 0 ? max : 1;
  }

  BarChart row(String label, List<Segment> segments, String value) {
    rows.add(new Row(label, List.copyOf(segments), value));
    return this;
  }

  /** A thin vertical line across the chart at a value, such as a threshold. */
  BarChart mark(double value) {
    marks.add(value);
    return this;
  }

  String draw(String id, String title, String description) {
    double height = GAP + rows.size() * (BAR + GAP) + 18;
    double span = WIDTH - LABEL - VALUE;
    Svg svg = new Svg(id, WIDTH, height, title, description);
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      double y = GAP + r * (BAR + GAP);
      svg.text(LABEL - 8, y + BAR * 0.7, Svg.cut(row.label(), 28), "end", Palette.TEXT, 13, false);
      double x = LABEL;
      for (Segment s : row.segments()) {
        double w = Math.max(0, s.value()) / max * span;
        svg.rect(x, y, w, BAR, s.colour(), Palette.PAGE, s.says());
        x += w;
      }
      svg.text(x + 6, y + BAR * 0.7, row.value(), "start", Palette.TEXT, 13, true);
    }
    double bottom = GAP + rows.size() * (BAR + GAP);
    svg.line(LABEL, 4, LABEL, bottom, Palette.TEXT, false);
    for (double m : marks) {
      double at = LABEL + m / max * span;
      svg.line(at, 4, at, bottom, Palette.MUTED, true).text(at, bottom + 14, Html.number(m), "middle", Palette.MUTED, 11, false);
    }
    return svg.end();
  }
}
