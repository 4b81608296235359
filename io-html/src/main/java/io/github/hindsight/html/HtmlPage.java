package io.github.hindsight.html;

import io.github.hindsight.html.internal.PageRenderer;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatWriter;
import java.util.List;
import java.util.Objects;

/**
 * Renders a question as one self-contained HTML page: the question and its exam details, each
 * actor's aims coloured and labelled by what became of them, a timeline, the analysis for the
 * question's kind, the answer at the time beside the answer with hindsight, the sensitivity to
 * each weight, the interpretations and a diagram, all in one file with its style sheet and its
 * drawings inside, and no script. The same question and settings give the same page every time.
 *
 * <pre>{@code
 * String html = HtmlPage.standard().render(question, JudgementConfig.asOf(HistoricalDate.ofMonth(1962, 11)));
 * }</pre>
 *
 * <p>A page is as thread-safe as its judge: the standard one is.
 */
public final class HtmlPage {
  private final Judge judge;

  private HtmlPage(Judge judge) {
    this.judge = judge;
  }

  /** @return a renderer that judges with {@link Judge#standard()} */
  public static HtmlPage standard() {
    return new HtmlPage(Judge.standard());
  }

  /**
   * @param judge the judge to weigh questions with, such as one with custom criteria
   * @return a renderer that judges with it
   */
  public static HtmlPage with(Judge judge) {
    return new HtmlPage(Objects.requireNonNull(judge, "judge"));
  }

  /**
   * The page of a question judged with hindsight, set beside the judgement at the time.
   *
   * @param question a valid question
   * @return the page, a whole HTML document
   * @throws io.github.hindsight.spi.FormatException if the question is not valid, with every problem
   */
  public String render(Question question) {
    return render(question, JudgementConfig.hindsight());
  }

  /**
   * The page of a question under the settings given: the weights, the readings of intent and the
   * date of the judgement. "At the time" is the configured date, or else the end of the views held
   * at the time (the earliest dated consequence when there are none).
   *
   * @param question a valid question
   * @param config the settings of the judgement
   * @return the page, a whole HTML document
   * @throws io.github.hindsight.spi.FormatException if the question is not valid, with every problem
   */
  public String render(Question question, JudgementConfig config) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(config, "config");
    FormatWriter.requireValid(question);
    return PageRenderer.page(judge, question, config, List.of());
  }
}
