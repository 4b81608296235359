package io.github.hindsight.html.internal;

import io.github.hindsight.judgement.InterpretationSupport;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Provenance;
import java.util.Optional;

/** The historians' interpretations side by side, each with its provenance and the evidence it rests on. */
final class InterpretationsSection {
  private InterpretationsSection() {}

  static void render(Page page, StringBuilder out) {
    if (page.question.interpretations().isEmpty()) {
      return;
    }
    page.section(out, "interpretations", "Interpretations");
    out.append("<div class=\"cols\">\n");
    for (Interpretation i : page.question.interpretations()) {
      Optional<InterpretationSupport> support = page.judgement.map(j -> j.interpretation(i.id()));
      Provenance p = i.provenance();
      out.append("<article class=\"card\" aria-labelledby=\"").append(page.id("interpretation", i.id())).append("\">\n<h3 id=\"")
          .append(page.id("interpretation", i.id())).append("\">").append(Html.text(support.map(InterpretationSupport::name).orElse(i.id())))
          .append("</h3>\n<blockquote><p>").append(Html.text(i.claim())).append("</p></blockquote>\n<dl>\n");
      p.author().ifPresent(a -> QuestionSection.item("Author", a, out));
      p.work().or(() -> i.source().flatMap(s -> page.question.sources().stream().filter(x -> x.id().equals(s)).findFirst().map(x -> x.title())))
          .ifPresent(w -> QuestionSection.item("Work", w, out));
      p.date().ifPresent(d -> QuestionSection.item("Date", d.toString(), out));
      p.school().ifPresent(s -> QuestionSection.item("School", s, out));
      p.nature().ifPresent(n -> QuestionSection.item("Nature", n, out));
      p.origin().ifPresent(o -> QuestionSection.item("Origin", o, out));
      p.purpose().ifPresent(x -> QuestionSection.item("Purpose", x, out));
      if (!i.favours().isEmpty()) {
        QuestionSection.item("Favours", String.join(", ", i.favours().stream().map(page::actor).toList()), out);
      }
      i.stance().ifPresent(s -> QuestionSection.item("On the question's statement", s.word().replace('-', ' '), out));
      support.ifPresent(s -> QuestionSection.item("Support from the evidence", Html.number(s.support()) + " (" + s.supporting().size() + " for, "
          + s.challenging().size() + " against)", out));
      out.append("</dl>\n");
      if (!i.supportingEvidence().isEmpty()) {
        out.append("<p><strong>Supported by:</strong> ").append(SupportChart.evidence(page, i.supportingEvidence())).append("</p>\n");
      }
      if (!i.challengingEvidence().isEmpty()) {
        out.append("<p><strong>Challenged by:</strong> ").append(SupportChart.evidence(page, i.challengingEvidence())).append("</p>\n");
      }
      out.append("</article>\n");
    }
    out.append("</div>\n</section>\n");
  }
}
