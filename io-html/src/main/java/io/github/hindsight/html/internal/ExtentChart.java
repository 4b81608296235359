package io.github.hindsight.html.internal;

import io.github.hindsight.judgement.AimsExtent;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.Verdict;
import java.util.List;

/** For a how far question: each actor's share of its aims met, with the thresholds of the scale, a scenario at a time. */
final class ExtentChart {
  private ExtentChart() {}

  static void render(Page page, Judgement j, StringBuilder out) {
    out.append("<p>An actor <em>largely</em> met its aims from a share of 0.70, <em>partly</em> from 0.30, and <em>hardly</em> below;"
        + " the share weighs each aim by its importance.</p>\n");
    int n = 0;
    for (Verdict v : j.verdicts()) {
      if (j.verdicts().size() > 1) {
        out.append("<h3>Scenario: ").append(Html.text(v.scenario().describe())).append("</h3>\n");
        out.append("<p>").append(Html.text(Answers.extent(j, v))).append("</p>\n");
      }
      BarChart chart = new BarChart(1).mark(0.3).mark(0.7);
      for (AimsExtent a : v.aims()) {
        double share = a.share().orElse(0.0);
        String word = a.extent().map(e -> e.word()).orElse("no clear aim");
        chart.row(j.name(a.actor()), List.of(new BarChart.Segment(share, Palette.series(0), word + ", " + Html.number(share))),
            a.share().map(s -> Html.number(s) + " " + word).orElse(word));
      }
      out.append("<figure>\n").append(chart.draw(page.id("extent", Integer.toString(n++)), "How far each actor met its aims",
          "A bar for each actor, the share of its aims met from 0 to 1, with dashed lines at 0.30 and 0.70; the table that follows has the same numbers."))
          .append("</figure>\n");
      out.append("<table>\n<caption>The extent of each actor's aims</caption>\n<thead><tr><th scope=\"col\">Actor</th><th scope=\"col\" class=\"num\">Share</th>"
          + "<th scope=\"col\">Extent</th><th scope=\"col\">Carried by</th><th scope=\"col\">Partly</th><th scope=\"col\">Failed</th><th scope=\"col\">Unclear, left out</th></tr></thead>\n<tbody>\n");
      for (AimsExtent a : v.aims()) {
        out.append("<tr><th scope=\"row\">").append(Html.text(j.name(a.actor()))).append("</th><td class=\"num\">")
            .append(a.share().map(Html::number).orElse("–")).append("</td><td>").append(Html.text(a.extent().map(e -> e.word()).orElse("no clear aim")))
            .append("</td><td>").append(aims(page, a.achieved())).append("</td><td>").append(aims(page, a.partly())).append("</td><td>")
            .append(aims(page, a.failed())).append("</td><td>").append(aims(page, a.unclear())).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
  }

  private static String aims(Page page, List<String> ids) {
    return String.join("<br>", ids.stream().map(id -> Html.text(page.question.objectives().stream().filter(o -> o.id().equals(id))
        .map(o -> o.statement()).findFirst().orElse(id))).toList());
  }
}
