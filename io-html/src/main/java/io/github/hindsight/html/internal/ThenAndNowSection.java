package io.github.hindsight.html.internal;

import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.Standing;
import io.github.hindsight.judgement.Verdict;
import java.util.Optional;

/** The answer at the time beside the answer with hindsight, each with the totals it rests on. */
final class ThenAndNowSection {
  private ThenAndNowSection() {}

  static void render(Page page, StringBuilder out) {
    page.section(out, "then-and-now", "At the time and with hindsight");
    if (page.withHindsight.isEmpty()) {
      out.append("<p>The question could not be judged.</p>\n</section>\n");
      return;
    }
    if (page.then.isEmpty()) {
      out.append("<p>Nothing in the question is dated, so there is no “at the time” to set beside hindsight.</p>\n");
    }
    out.append("<div class=\"cols\">\n");
    page.then.ifPresent(d -> column(page, "At the time: as of " + d, page.atTheTime,
        "Only what had happened and was known by then counts.", out));
    column(page, "With hindsight", page.withHindsight, "Everything since, the evidence that came out later included, counts.", out);
    out.append("</div>\n</section>\n");
  }

  private static void column(Page page, String heading, Optional<Judgement> judgement, String rule, StringBuilder out) {
    out.append("<div class=\"card\">\n<h3>").append(Html.text(heading)).append("</h3>\n<p class=\"note\">").append(Html.text(rule)).append("</p>\n");
    judgement.ifPresent(j -> {
      out.append("<p class=\"answer\">").append(Html.text(Answers.of(j))).append("</p>\n");
      for (Verdict v : j.verdicts()) {
        if (j.method() != io.github.hindsight.judgement.Method.CONTEST) {
          // A how far or an interpretations question names no winner: its answer above is the comparison.
          break;
        }
        out.append("<table>\n<caption>").append(j.verdicts().size() == 1 ? "Totals" : "Totals if " + Html.text(v.scenario().describe()))
            .append("</caption>\n<thead><tr><th scope=\"col\">Rank</th><th scope=\"col\">Side</th><th scope=\"col\" class=\"num\">Total</th></tr></thead>\n<tbody>\n");
        for (Standing s : v.standings()) {
          out.append("<tr><td>").append(s.rank()).append("</td><th scope=\"row\">").append(Html.text(j.name(s.actor())))
              .append("</th><td class=\"num\">").append(Html.number(s.total())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      }
      if (!j.unknownEvidence().isEmpty()) {
        out.append("<p>Not yet known: ").append(SupportChart.evidence(page, j.unknownEvidence())).append(".</p>\n");
      }
    });
    out.append("</div>\n");
  }
}
