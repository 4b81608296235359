package io.github.hindsight.html.internal;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.model.Question;
import java.util.List;

/**
 * Puts a question's sections together, one small renderer each, in the order a reader needs
 * them: the question, the actors and their aims, the timeline, the analysis, then and now, the
 * sensitivity, the interpretations and the diagram.
 */
public final class PageRenderer {
  private PageRenderer() {}

  /**
   * The sections of one question, as an {@code <article>}, for a page of its own or among others.
   *
   * @param judge the judge
   * @param question a valid question
   * @param config the settings of the judgement
   * @param prefix a prefix for the fragment ids, unique in the document; empty for a page of one question
   * @return the markup
   */
  public static String article(Judge judge, Question question, JudgementConfig config, String prefix) {
    Page page = new Page(judge, question, config, prefix.isEmpty() ? question.id() : prefix);
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<article aria-labelledby=\"").append(page.id("question")).append("\">\n");
    QuestionSection.render(page, out);
    contents(page, out);
    AimsSection.render(page, out);
    TimelineSection.render(page, out);
    AnalysisSection.render(page, out);
    ThenAndNowSection.render(page, out);
    SensitivitySection.render(page, out);
    InterpretationsSection.render(page, out);
    DiagramSection.render(page, out);
    return out.append("</article>\n").toString();
  }

  /**
   * A page of its own for one question.
   *
   * @param judge the judge
   * @param question a valid question
   * @param config the settings of the judgement
   * @param nav the links at the top, for a page of a site; none for a page alone
   * @return the page
   */
  public static String page(Judge judge, Question question, JudgementConfig config, List<Shell.Link> nav) {
    return Shell.page(question.prompt(), nav, "<main>\n" + article(judge, question, config, "") + "</main>\n");
  }

  private static void contents(Page page, StringBuilder out) {
    out.append("<nav aria-label=\"Contents\"><ol>");
    link(page, "aims", "Actors and aims", out);
    link(page, "timeline", "Timeline", out);
    link(page, "analysis", "Analysis", out);
    link(page, "then-and-now", "At the time and with hindsight", out);
    link(page, "sensitivity", "Sensitivity", out);
    if (!page.question.interpretations().isEmpty()) {
      link(page, "interpretations", "Interpretations", out);
    }
    link(page, "diagram", "Diagram", out);
    out.append("</ol></nav>\n");
  }

  private static void link(Page page, String id, String text, StringBuilder out) {
    out.append("<li><a href=\"#").append(page.id(id)).append("\">").append(Html.text(text)).append("</a></li>");
  }
}
