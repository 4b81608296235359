package io.github.hindsight.html;

import io.github.hindsight.html.internal.Html;
import io.github.hindsight.html.internal.IndexRenderer;
import io.github.hindsight.html.internal.PageRenderer;
import io.github.hindsight.html.internal.Shell;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.support.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A bank as a small static site, ready to publish as it is: {@code index.html} listing every
 * question and topic, {@code <question-id>.html} for each question and
 * {@code topic-<topic-id>.html} for each topic, with its questions and the topics it links to.
 * Every link is relative and leads to a page of the site, and no page needs anything outside it.
 * A format writes one stream, so a site, which is several files, is written by this class; the
 * command line uses it to convert to a folder with {@code --to html}.
 */
public final class HtmlSite {
  /** The name of the site's first page. */
  public static final String INDEX = "index.html";

  private final Judge judge;

  private HtmlSite(Judge judge) {
    this.judge = judge;
  }

  /** @return a site writer that judges with {@link Judge#standard()} */
  public static HtmlSite standard() {
    return new HtmlSite(Judge.standard());
  }

  /**
   * @param judge the judge to weigh questions with
   * @return a site writer that judges with it
   */
  public static HtmlSite with(Judge judge) {
    return new HtmlSite(Objects.requireNonNull(judge, "judge"));
  }

  /**
   * The pages of a bank, by file name, in the order they are listed: the index, the questions,
   * then the topics. Nothing is written.
   *
   * @param bank a valid bank
   * @param config the settings every question is judged under
   * @return each page's file name and its text
   * @throws io.github.hindsight.spi.FormatException if the bank is not valid, with every problem
   */
  public Map<String, String> pages(QuestionBank bank, JudgementConfig config) {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(config, "config");
    FormatWriter.requireValid(bank);
    Map<String, String> pages = new LinkedHashMap<>();
    List<Question> questions = bank.questions();
    List<Topic> topics = bank.topics();
    StringBuilder index = new StringBuilder("<main>\n<header><h1>Questions</h1></header>\n");
    index.append(questions.isEmpty() ? "<p>There are no questions.</p>\n" : "");
    IndexRenderer.contents(questions, topics, HtmlSite::file, HtmlSite::file, index);
    pages.put(INDEX, Shell.page("Questions", List.of(), index.append("</main>\n").toString()));
    for (Question q : questions) {
      List<Shell.Link> nav = new ArrayList<>(List.of(new Shell.Link(INDEX, "All questions")));
      q.topic().flatMap(id -> topics.stream().filter(t -> t.id().equals(id)).findFirst())
          .ifPresent(t -> nav.add(new Shell.Link(file(t), "Topic: " + t.title())));
      pages.put(file(q), PageRenderer.page(judge, q, config, nav));
    }
    for (Topic t : topics) {
      StringBuilder body = new StringBuilder("<main>\n");
      IndexRenderer.topic(t, topics, questions, HtmlSite::file, HtmlSite::file, 1, body);
      pages.put(file(t), Shell.page(t.title(), List.of(new Shell.Link(INDEX, "All questions")), body.append("</main>\n").toString()));
    }
    return pages;
  }

  /**
   * Writes the site into a folder, made if it is not there. Each page is written whole or not at
   * all; pages of other names in the folder are left as they are.
   *
   * @param bank a valid bank
   * @param config the settings every question is judged under
   * @param folder the folder
   * @return the files written, the index first
   * @throws IOException if a page cannot be written
   * @throws io.github.hindsight.spi.FormatException if the bank is not valid, before anything is written
   */
  public List<Path> write(QuestionBank bank, JudgementConfig config, Path folder) throws IOException {
    Objects.requireNonNull(folder, "folder");
    Map<String, String> pages = pages(bank, config);
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = folder.resolve(page.getKey());
      byte[] bytes = page.getValue().getBytes(StandardCharsets.UTF_8);
      AtomicFiles.write(file, out -> out.write(bytes));
      written.add(file);
    }
    return written;
  }

  /** @return the file name of a question's page */
  static String file(Question question) {
    return Html.id(question.id()) + ".html";
  }

  /** @return the file name of a topic's page */
  static String file(Topic topic) {
    return "topic-" + Html.id(topic.id()) + ".html";
  }
}
