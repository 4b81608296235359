package io.github.hindsight.html.internal;

import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.HistoricalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The consequences and the evidence on a time axis. A piece of evidence that came out later than
 * it happened has a line from when it happened to when it became known. The date "at the time"
 * is a dashed line, and what a judgement as of that date cannot see is drawn grey and said so in
 * the table, which holds every item, dated or not.
 */
final class TimelineSection {
  private static final double WIDTH = 960;
  private static final double LEFT = 24;
  private static final double RIGHT = 24;
  private static final double ROW = 22;
  private static final double TOP = 40;

  private TimelineSection() {}

  /** One item of the timeline. */
  private record Item(int number, String kind, String text, Optional<HistoricalDate> date, Optional<HistoricalDate> known, boolean seen) {}

  static void render(Page page, StringBuilder out) {
    List<Item> items = items(page);
    page.section(out, "timeline", "Timeline");
    if (items.isEmpty()) {
      out.append("<p>The question records no consequences and no evidence.</p>\n</section>\n");
      return;
    }
    page.then.ifPresent(d -> out.append("<p>The dashed line is ").append(Html.text(d.toString()))
        .append(", the date “at the time” of this page. What a judgement as of then cannot see, because it had not happened or was not yet known, is grey.</p>\n"));
    List<Item> dated = items.stream().filter(i -> i.date().isPresent() || i.known().isPresent()).toList();
    if (!dated.isEmpty()) {
      out.append("<figure>\n").append(drawing(page, dated)).append("<figcaption>Each item is numbered as in the table below.</figcaption>\n</figure>\n");
    }
    table(page, items, out);
    out.append("</section>\n");
  }

  private static List<Item> items(Page page) {
    List<Item> items = new ArrayList<>();
    Optional<HistoricalDate> then = page.then;
    List<String> unknown = page.atTheTime.map(j -> j.unknownEvidence()).orElse(List.of());
    for (Consequence c : page.question.consequences()) {
      // The rule of the judgement: a dated consequence once its date has passed; an undated one
      // once some of its evidence was known, or always if it cites none.
      boolean seen = then.isEmpty() || c.date().map(d -> d.isOnOrBefore(then.get()))
          .orElse(c.evidence().isEmpty() || c.evidence().stream().anyMatch(e -> !unknown.contains(e)));
      items.add(new Item(items.size() + 1, "Consequence", c.statement(), c.date(), Optional.empty(), seen));
    }
    for (Evidence e : page.question.evidence()) {
      boolean seen = then.isEmpty() || !unknown.contains(e.id());
      items.add(new Item(items.size() + 1, "Evidence", e.statement(), e.date(), e.knownFrom(), seen));
    }
    return items;
  }

  /** A date as a position in years, from the first day of its span (or of its end, for an open start). */
  static double years(HistoricalDate date) {
    return date.year() + (date.month().orElse(1) - 1) / 12.0 + (date.day().orElse(1) - 1) / 365.0;
  }

  /** The end of a date's span, in years: where a judgement as of that date stands. */
  static double endOf(HistoricalDate date) {
    HistoricalDate last = date.end().orElse(date);
    double start = years(last);
    return switch (last.precision()) {
      case DAY -> start + 1 / 365.0;
      case MONTH -> start + 1 / 12.0;
      case YEAR -> start + 1;
      case DECADE -> start + 10;
      case CENTURY -> start + 100;
    };
  }

  private static String drawing(Page page, List<Item> dated) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (Item i : dated) {
      for (Optional<HistoricalDate> d : List.of(i.date(), i.known())) {
        if (d.isPresent()) {
          min = Math.min(min, years(d.get()));
          max = Math.max(max, years(d.get()));
        }
      }
    }
    if (page.then.isPresent()) {
      min = Math.min(min, endOf(page.then.get()));
      max = Math.max(max, endOf(page.then.get()));
    }
    double first = Math.floor(min);
    double last = Math.max(first + 1, Math.ceil(max + 0.01));
    double height = TOP + dated.size() * ROW + 40;
    double span = WIDTH - LEFT - RIGHT;
    double from = first;
    double to = last;
    java.util.function.DoubleUnaryOperator x = y -> LEFT + (y - from) / (to - from) * span;
    Svg svg = new Svg(page.id("timeline-drawing"), WIDTH, height, "Timeline of the consequences and the evidence",
        "Each consequence and piece of evidence at its date, numbered as in the table that follows;"
            + " a line runs to when a piece of evidence became known." + page.then.map(d -> " A dashed line marks " + d + ".").orElse(""));
    double axis = height - 30;
    svg.line(LEFT, axis, WIDTH - RIGHT, axis, Palette.TEXT, false);
    int step = (int) Math.max(1, Math.ceil((last - first) / 12));
    for (int year = (int) first; year <= last; year += step) {
      double at = x.applyAsDouble(year);
      svg.line(at, axis, at, axis + 5, Palette.TEXT, false).text(at, axis + 18, Integer.toString(year), "middle", Palette.TEXT, 12, false);
    }
    page.then.ifPresent(d -> {
      double at = x.applyAsDouble(endOf(d));
      svg.line(at, 18, at, axis, Palette.TEXT, true).text(at + 4, 14, "as of " + d + ": grey is not yet seen", at > WIDTH * 0.6 ? "end" : "start", Palette.TEXT, 12, true);
    });
    for (int r = 0; r < dated.size(); r++) {
      Item i = dated.get(r);
      double y = TOP + r * ROW;
      String colour = i.seen() ? (i.kind().equals("Evidence") ? Palette.series(0) : Palette.series(1)) : Palette.HIDDEN;
      double at = x.applyAsDouble(years(i.date().or(i::known).orElseThrow()));
      double end = at;
      if (i.known().isPresent()) {
        end = x.applyAsDouble(years(i.known().get()));
        svg.line(at, y, end, y, colour, true).rect(end - 4, y - 4, 8, 8, colour, colour, "became known " + i.known().get());
      }
      String label = i.number() + ". " + Svg.cut(i.text(), 56) + (i.seen() ? "" : " (not seen then)");
      svg.circle(at, y, 5, i.kind().equals("Evidence") ? Palette.PAGE : colour, colour, i.kind() + " " + i.number());
      // The label goes where there is room: after the item, before it, or above a line to when it became known.
      double right = Math.max(at, end);
      double left = Math.min(at, end);
      String ink = i.seen() ? Palette.TEXT : Palette.MUTED;
      if (right < WIDTH * 0.55) {
        svg.text(right + 9, y + 4, label, "start", ink, 12, false);
      } else if (left > WIDTH * 0.45) {
        svg.text(left - 9, y + 4, label, "end", ink, 12, false);
      } else {
        svg.text(left + 9, y - 5, label, "start", ink, 12, false);
      }
    }
    return svg.end();
  }

  private static void table(Page page, List<Item> items, StringBuilder out) {
    out.append("<table>\n<caption>The timeline as a table</caption>\n<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Kind</th>"
        + "<th scope=\"col\">What</th><th scope=\"col\">Date</th><th scope=\"col\">Known from</th>");
    page.then.ifPresent(d -> out.append("<th scope=\"col\">Seen as of ").append(Html.text(d.toString())).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (Item i : items) {
      out.append("<tr").append(i.seen() ? "" : " class=\"hidden-then\"").append("><td class=\"num\">").append(i.number()).append("</td><td>")
          .append(i.kind()).append("</td><td>").append(Html.text(i.text())).append("</td><td class=\"date\">").append(Html.text(Page.date(i.date())))
          .append("</td><td class=\"date\">").append(Html.text(i.known().map(Object::toString).orElse(i.kind().equals("Evidence") ? "when it happened" : "")))
          .append("</td>");
      if (page.then.isPresent()) {
        out.append("<td>").append(i.seen() ? "yes" : "no: not yet " + (i.kind().equals("Evidence") ? "known" : "happened")).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }
}
