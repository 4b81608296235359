package io.github.hindsight.cli.serve;

import io.github.hindsight.html.internal.Html;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import java.util.List;

/**
 * The preview's own parts of a page: the problems, the form of settings (a plain GET form, so
 * that the address holds them) and the script that reloads the page when its file changes.
 */
final class Controls {
  private Controls() {}

  /** The problems of the file or of the address, each as it was said, and a note on what the page shows below them. */
  static String problems(List<String> problems, String note) {
    if (problems.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<section role=\"alert\" aria-labelledby=\"preview-problems\" "
        + "style=\"border:3px solid #a00;padding:0.5em 1em;margin:1em 0;background:#fff;color:#000\">\n"
        + "<h2 id=\"preview-problems\">Problems</h2>\n<ul>\n");
    problems.forEach(p -> out.append("<li><code>").append(Html.text(p)).append("</code></li>\n"));
    out.append("</ul>\n<p>").append(Html.text(note)).append("</p>\n</section>\n");
    return out.toString();
  }

  /** The form of settings, filled with those in force. */
  static String form(Question question, Query query) {
    StringBuilder out = new StringBuilder(2048);
    out.append("<form method=\"get\" action=\"\" aria-label=\"Settings of the judgement\" "
        + "style=\"border:1px solid #555;padding:0.5em 1em;margin:1em 0\">\n<fieldset>\n<legend>Weights of the criteria</legend>\n");
    for (Criterion c : Settings.criteria(question)) {
      String id = "w-" + c.id();
      double w = query.weights().getOrDefault(c.id(), c.weight());
      out.append("<p><label for=\"").append(Html.text(id)).append("\">").append(Html.text(c.name()))
          .append("</label> <input type=\"number\" min=\"0\" step=\"any\" id=\"").append(Html.text(id))
          .append("\" name=\"").append(Html.text(Query.WEIGHT + c.id())).append("\" value=\"")
          .append(Html.text(number(w))).append("\"></p>\n");
    }
    out.append("</fieldset>\n");
    List<Objective> dependent = Settings.dependent(question);
    if (!dependent.isEmpty()) {
      out.append("<fieldset>\n<legend>Readings of intent</legend>\n");
      for (Objective o : dependent) {
        String id = "r-" + o.id();
        String chosen = query.readings().getOrDefault(o.id(), "");
        out.append("<p><label for=\"").append(Html.text(id)).append("\">").append(Html.text(o.statement()))
            .append("</label> <select id=\"").append(Html.text(id)).append("\" name=\"")
            .append(Html.text(Query.READING + o.id())).append("\">\n<option value=\"\">as the question has it</option>\n");
        for (Reading r : o.outcome().readings()) {
          out.append("<option value=\"").append(Html.text(r.id())).append('"').append(r.id().equals(chosen) ? " selected" : "")
              .append('>').append(Html.text(r.intent())).append("</option>\n");
        }
        out.append("</select></p>\n");
      }
      out.append("</fieldset>\n");
    }
    out.append("<p><label for=\"as-of\">Judge as of (YEAR, YEAR-MM or YEAR-MM-DD; empty for hindsight)</label> "
        + "<input type=\"text\" id=\"as-of\" name=\"as-of\" value=\"").append(Html.text(query.asOf() == null ? "" : query.asOf()))
        .append("\"></p>\n<p><button type=\"submit\">Judge again</button> <a href=\"?\">Back to the question's own settings</a> "
            + "<a href=\"/\">All questions</a></p>\n</form>\n");
    return out.toString();
  }

  /** The script that asks every second whether the file changed, and reloads the page if it did. */
  static String reload(String relative, long modified) {
    return "<script>\n(function () {\n  var seen = '" + modified + "';\n  setInterval(function () {\n"
        + "    fetch('/changed?file=" + Escape.url(relative) + "', {cache: 'no-store'})\n"
        + "      .then(function (r) { return r.ok ? r.text() : seen; })\n"
        + "      .then(function (t) { if (t.trim() !== seen) { location.reload(); } })\n"
        + "      .catch(function () {});\n  }, 1000);\n})();\n</script>\n";
  }

  private static String number(double w) {
    return w == Math.rint(w) && Math.abs(w) < 1e15 ? Long.toString((long) w) : Double.toString(w);
  }
}
