package io.github.hindsight.html.internal;

import io.github.hindsight.judgement.InterpretationSupport;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.StatementSupport;
import java.util.List;

/**
 * For an interpretations question: the evidence for and against the question's statement, if
 * interpretations take a stance on it, and the support of each interpretation.
 */
final class SupportChart {
  private SupportChart() {}

  static void render(Page page, Judgement j, StringBuilder out) {
    j.statement().ifPresent(s -> statement(page, s, out));
    render(page, j.interpretations(), out);
  }

  private static void statement(Page page, StatementSupport s, StringBuilder out) {
    out.append("<h3>The question's statement</h3>\n");
    BarChart chart = new BarChart(Math.max(1, s.forWeight() + s.againstWeight()))
        .row("The statement", List.of(new BarChart.Segment(s.forWeight(), Palette.Tone.GOOD.mark, "for: " + Html.number(s.forWeight())),
            new BarChart.Segment(s.againstWeight(), Palette.Tone.BAD.mark, "against: " + Html.number(s.againstWeight()))),
            Html.number(s.forWeight()) + " for, " + Html.number(s.againstWeight()) + " against");
    out.append("<figure>\n").append(chart.draw(page.id("statement-support"), "Evidence for and against the statement",
        "One bar: the evidence for the statement, then against it; the numbers are in the text that follows.")).append("</figure>\n");
    out.append("<p>For the statement: ").append(Html.number(s.forWeight())).append("; against: ").append(Html.number(s.againstWeight()))
        .append("; support ").append(Html.number(s.support())).append(", ").append(Html.text(s.extent().word())).append(" convincing.</p>\n");
  }

  /** The support of each interpretation, as a chart and a table; also used when the method is another. */
  static void render(Page page, List<InterpretationSupport> interpretations, StringBuilder out) {
    if (interpretations.isEmpty()) {
      return;
    }
    out.append("<h3>Support for each interpretation</h3>\n<p>Support is (evidence for + 1) ÷ (evidence for + against + 2): one half with no evidence either way.</p>\n");
    BarChart chart = new BarChart(1).mark(0.5);
    for (InterpretationSupport i : interpretations) {
      chart.row(i.name(), List.of(new BarChart.Segment(i.support(), Palette.series(0), "support " + Html.number(i.support()))),
          Html.number(i.support()) + " (" + i.supporting().size() + " for, " + i.challenging().size() + " against)");
    }
    out.append("<figure>\n").append(chart.draw(page.id("interpretation-support"), "Support for each interpretation",
        "A bar for each interpretation, its support from 0 to 1, with a dashed line at one half; the table that follows has the same numbers."))
        .append("</figure>\n");
    out.append("<table>\n<caption>The evidence for and against each interpretation</caption>\n<thead><tr><th scope=\"col\">Interpretation</th>"
        + "<th scope=\"col\">Stance</th><th scope=\"col\">For</th><th scope=\"col\">Against</th><th scope=\"col\" class=\"num\">Support</th>"
        + "<th scope=\"col\">Leaves out</th></tr></thead>\n<tbody>\n");
    for (InterpretationSupport i : interpretations) {
      out.append("<tr><th scope=\"row\">").append(Html.text(i.name())).append("</th><td>")
          .append(Html.text(i.stance().map(s -> s.word().replace('-', ' ')).orElse("none"))).append("</td><td>").append(evidence(page, i.supporting()))
          .append("</td><td>").append(evidence(page, i.challenging())).append("</td><td class=\"num\">").append(Html.number(i.support()))
          .append("</td><td>").append(evidence(page, i.leavesOut())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  static String evidence(Page page, List<String> ids) {
    return String.join("<br>", ids.stream().map(id -> Html.text(page.evidenceText(id))).toList());
  }
}
