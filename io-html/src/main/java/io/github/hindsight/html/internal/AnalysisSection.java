package io.github.hindsight.html.internal;

import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.Score;
import io.github.hindsight.judgement.Standing;
import io.github.hindsight.judgement.Verdict;
import io.github.hindsight.model.Criterion;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis for the question's kind, as the judgement's method gives it: for a contest, each
 * side's weighted contributions per criterion, a chart and a table a scenario; for a how far
 * question, each actor's extent of aims ({@link ExtentChart}); for interpretations, the support
 * for and against each ({@link SupportChart}).
 */
final class AnalysisSection {
  private AnalysisSection() {}

  static void render(Page page, StringBuilder out) {
    page.section(out, "analysis", "The analysis");
    if (page.judgement.isEmpty()) {
      out.append("<p>The question could not be judged: ").append(Html.text(page.failure.orElse(""))).append("</p>\n</section>\n");
      return;
    }
    Judgement j = page.judgement.get();
    out.append("<p class=\"answer\">").append(Html.text(Answers.of(j))).append("</p>\n");
    j.methodNote().ifPresent(n -> out.append("<p class=\"note\">").append(Html.text(n)).append("</p>\n"));
    switch (j.method()) {
      case CONTEST -> contest(page, j, out);
      case EXTENT_OF_AIMS -> ExtentChart.render(page, j, out);
      case INTERPRETATIONS -> SupportChart.render(page, j, out);
    }
    out.append("</section>\n");
  }

  private static void contest(Page page, Judgement j, StringBuilder out) {
    List<Criterion> criteria = j.criteria();
    out.append("<p>Each bar is a side's total: the sum of what each criterion adds, its score weighted by the criterion's weight. Criteria: ");
    for (int c = 0; c < criteria.size(); c++) {
      out.append(c == 0 ? "" : ", ").append("<span class=\"badge\" style=\"border-color:").append(Palette.series(c))
          .append(";border-left-width:1rem\">").append(Html.text(criteria.get(c).name())).append("</span>");
    }
    out.append(".</p>\n");
    int n = 0;
    for (Verdict v : j.verdicts()) {
      String scenario = v.scenario().describe();
      out.append("<h3>").append(j.verdicts().size() == 1 ? "The sides" : "Scenario: " + Html.text(scenario)).append("</h3>\n");
      BarChart chart = new BarChart(1);
      for (Standing s : v.standings()) {
        List<BarChart.Segment> segments = new ArrayList<>();
        for (int c = 0; c < criteria.size(); c++) {
          Score score = v.score(s.actor(), criteria.get(c).id());
          segments.add(new BarChart.Segment(score.contribution(), Palette.series(c),
              criteria.get(c).name() + ": " + (score.hasBasis() ? Html.number(score.contribution()) : "nothing to score")));
        }
        chart.row(j.name(s.actor()), segments, Html.number(s.total()));
      }
      out.append("<figure>\n").append(chart.draw(page.id("contest", Integer.toString(n)), "Weighted contributions per criterion"
          + (j.verdicts().size() == 1 ? "" : ", " + scenario), "A stacked bar for each side, one segment a criterion; the same numbers are in the table that follows."))
          .append("</figure>\n");
      contestTable(j, v, criteria, out);
      out.append("<p>").append(Html.text(v.label().word().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + v.label().word().substring(1)))
          .append(": ").append(Html.text(v.labelReason())).append(".</p>\n");
      n++;
    }
  }

  private static void contestTable(Judgement j, Verdict v, List<Criterion> criteria, StringBuilder out) {
    out.append("<table>\n<caption>What each criterion adds to each side's total</caption>\n<thead><tr><th scope=\"col\">Rank</th><th scope=\"col\">Side</th>");
    criteria.forEach(c -> out.append("<th scope=\"col\" class=\"num\">").append(Html.text(c.name())).append(" (weight ")
        .append(Html.number(v.score(v.standings().get(0).actor(), c.id()).weight())).append(")</th>"));
    out.append("<th scope=\"col\" class=\"num\">Total</th></tr></thead>\n<tbody>\n");
    for (Standing s : v.standings()) {
      out.append("<tr><td>").append(s.rank()).append("</td><th scope=\"row\">").append(Html.text(j.name(s.actor()))).append("</th>");
      for (Criterion c : criteria) {
        Score score = v.score(s.actor(), c.id());
        out.append("<td class=\"num\">").append(score.hasBasis()
            ? Html.number(score.value()) + " → " + Html.number(score.contribution()) : "nothing to score").append("</td>");
      }
      out.append("<td class=\"num\">").append(Html.number(s.total())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n<p class=\"note\">Each cell is the side's score on the criterion, then what it adds to the total.</p>\n");
  }
}
