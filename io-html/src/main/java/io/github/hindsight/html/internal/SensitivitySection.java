package io.github.hindsight.html.internal;

import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.Sensitivity;
import io.github.hindsight.judgement.TippingPoint;
import io.github.hindsight.judgement.Verdict;
import java.util.Optional;

/** For each criterion's weight, the weights at which the leader would change, a scenario at a time. */
final class SensitivitySection {
  private SensitivitySection() {}

  static void render(Page page, StringBuilder out) {
    page.section(out, "sensitivity", "How far the weights can move");
    if (page.judgement.isEmpty()) {
      out.append("<p>The question could not be judged.</p>\n</section>\n");
      return;
    }
    Judgement j = page.judgement.get();
    out.append("<p>For each criterion, the other weights staying as they are: the weight below or above which another side would lead."
        + " A criterion is robust when no weight above 0 changes the leader.</p>\n");
    for (Verdict v : j.verdicts()) {
      out.append("<table>\n<caption>").append(j.verdicts().size() == 1 ? "Sensitivity" : "Sensitivity if " + Html.text(v.scenario().describe()))
          .append(" (leader: ").append(Html.text(Answers.names(j, v.leaders()))).append(")</caption>\n<thead><tr><th scope=\"col\">Criterion</th>"
              + "<th scope=\"col\" class=\"num\">Weight now</th><th scope=\"col\">Below</th><th scope=\"col\">Above</th></tr></thead>\n<tbody>\n");
      for (Sensitivity s : v.sensitivity()) {
        out.append("<tr><th scope=\"row\">").append(Html.text(page.criterion(s.criterion()))).append("</th><td class=\"num\">")
            .append(Html.number(s.weight())).append("</td>");
        if (s.isRobust()) {
          out.append("<td colspan=\"2\">robust: no weight changes the leader</td>");
        } else {
          out.append("<td>").append(point(j, s.below(), "below")).append("</td><td>").append(point(j, s.above(), "above")).append("</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n");
  }

  private static String point(Judgement j, Optional<TippingPoint> point, String side) {
    return point.map(p -> Html.text(j.name(p.newLeader()) + " leads " + side + " " + Html.number(p.weight()))).orElse("no change");
  }
}
