package io.github.hindsight.html.internal;

import io.github.hindsight.model.ExamMetadata;
import io.github.hindsight.model.LabelledInterpretation;
import io.github.hindsight.model.LevelDescriptor;
import io.github.hindsight.model.Question;
import java.util.List;

/** The question: its prompt as the heading, its kind, the exam details and the guidance. */
final class QuestionSection {
  private QuestionSection() {}

  static void render(Page page, StringBuilder out) {
    Question q = page.question;
    out.append("<header>\n<h1 id=\"").append(page.id("question")).append("\">").append(Html.text(q.prompt())).append("</h1>\n");
    out.append("<p class=\"kind\">Kind of question: ").append(Html.text(q.kindLabel().orElse(q.kind().word().replace('-', ' '))));
    page.judgement.ifPresent(j -> out.append(". Judged by the method of ").append(Html.text(method(j.method())))
        .append(page.config.asOf().map(d -> ", as of " + Html.text(d.toString())).orElse(", with hindsight")));
    out.append(".</p>\n");
    page.judgement.ifPresent(j -> out.append("<p class=\"answer\">").append(Html.text(Answers.of(j))).append("</p>\n"));
    out.append("</header>\n");
    q.exam().ifPresent(exam -> exam(page, exam, out));
    if (!q.guidance().isEmpty()) {
      page.section(out, "guidance", "Guidance");
      list(q.guidance(), out);
      out.append("</section>\n");
    }
  }

  static String method(io.github.hindsight.judgement.Method method) {
    return switch (method) {
      case CONTEST -> "a contest between the sides";
      case EXTENT_OF_AIMS -> "the extent of each actor's aims";
      case INTERPRETATIONS -> "weighing the interpretations";
    };
  }

  private static void exam(Page page, ExamMetadata exam, StringBuilder out) {
    page.section(out, "exam", "The exam question");
    out.append("<dl>\n");
    exam.board().ifPresent(b -> item("Board", b, out));
    exam.paper().ifPresent(p -> item("Paper", p, out));
    exam.commandWord().ifPresent(c -> item("Command word", c, out));
    exam.marks().ifPresent(m -> item("Marks", Integer.toString(m), out));
    if (!exam.assessmentObjectives().isEmpty()) {
      item("Assessment objectives", String.join(", ", exam.assessmentObjectives()), out);
    }
    out.append("</dl>\n");
    if (!exam.interpretations().isEmpty()) {
      out.append("<h3>Interpretations given</h3>\n<ul>\n");
      for (LabelledInterpretation i : exam.interpretations()) {
        String claim = page.question.interpretations().stream().filter(x -> x.id().equals(i.interpretation())).map(x -> x.claim())
            .findFirst().orElse(i.interpretation());
        out.append("<li><strong>").append(Html.text(i.label())).append("</strong>: ").append(Html.text(claim)).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    if (!exam.levels().isEmpty()) {
      out.append("<table>\n<caption>Levels of the mark scheme</caption>\n<thead><tr><th scope=\"col\">Level</th><th scope=\"col\" class=\"num\">Marks</th>"
          + "<th scope=\"col\">What an answer at this level does</th></tr></thead>\n<tbody>\n");
      for (LevelDescriptor level : exam.levels()) {
        out.append("<tr><td>").append(level.level()).append("</td><td class=\"num\">").append(level.minMarks()).append("–")
            .append(level.maxMarks()).append("</td><td>").append(Html.text(level.descriptor())).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    if (!exam.indicativeContent().isEmpty()) {
      out.append("<h3>Indicative content</h3>\n");
      list(exam.indicativeContent(), out);
    }
    out.append("</section>\n");
  }

  /** A term and its value in a definition list. */
  static void item(String term, String value, StringBuilder out) {
    out.append("<dt>").append(Html.text(term)).append("</dt><dd>").append(Html.text(value)).append("</dd>\n");
  }

  static void list(List<String> items, StringBuilder out) {
    out.append("<ul>\n");
    items.forEach(i -> out.append("<li>").append(Html.text(i)).append("</li>\n"));
    out.append("</ul>\n");
  }
}
