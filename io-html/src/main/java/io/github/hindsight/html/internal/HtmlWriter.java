package io.github.hindsight.html.internal;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.support.AbstractExportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes the page of one question, or one page of several: a list of their prompts and topics,
 * then each question's sections in an article of its own, every fragment id prefixed with the
 * question's id. Each question is judged with hindsight, beside the judgement at the time. For a
 * page per question and per topic, in a folder, use the site writer.
 */
public final class HtmlWriter extends AbstractExportWriter {
  private final Supplier<Judge> judge;

  /** @param judge gives the judge to weigh questions with, when the first page is written */
  public HtmlWriter(Supplier<Judge> judge) {
    this.judge = judge;
  }

  @Override
  protected void writeDocument(List<Question> questions, List<Topic> topics, OutputStream out) throws IOException {
    String page;
    if (questions.size() == 1 && topics.isEmpty()) {
      page = PageRenderer.page(judge.get(), questions.get(0), JudgementConfig.hindsight(), List.of());
    } else {
      StringBuilder body = new StringBuilder("<main>\n<header><h1>Questions</h1></header>\n");
      body.append(questions.isEmpty() ? "<p>There are no questions.</p>\n" : "");
      IndexRenderer.contents(questions, topics, q -> "#" + Html.id(q.id(), "question"), t -> "#" + Html.id("topic", t.id()), body);
      IndexRenderer.topics(topics, questions, q -> "#" + Html.id(q.id(), "question"), body);
      for (Question question : questions) {
        body.append(PageRenderer.article(judge.get(), question, JudgementConfig.hindsight(), question.id()));
      }
      page = Shell.page(questions.size() + (questions.size() == 1 ? " question" : " questions"), List.of(), body.append("</main>\n").toString());
    }
    out.write(page.getBytes(StandardCharsets.UTF_8));
  }
}
