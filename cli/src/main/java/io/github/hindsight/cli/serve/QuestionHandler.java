package io.github.hindsight.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import io.github.hindsight.Hindsight;
import io.github.hindsight.html.HtmlPage;
import io.github.hindsight.html.internal.Html;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.judgement.JudgementException;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The page of one question, {@code /q/PATH?SETTINGS}: read afresh on every request, judged on
 * the server under the settings of the address and rendered by {@link HtmlPage}, with the form
 * of settings above it. A file that does not read shows its problems above its last good version.
 */
final class QuestionHandler {
  static final String PREFIX = "/q/";

  private final Hindsight hindsight;
  private final HtmlPage pages;
  private final ServedFiles files;
  private static final String NO_GOOD_VERSION = "There is no version of this file that reads and judges without problems yet.";

  private final Map<Path, Question> lastGood = new ConcurrentHashMap<>();

  QuestionHandler(Hindsight hindsight, HtmlPage pages, ServedFiles files) {
    this.hindsight = hindsight;
    this.pages = pages;
    this.files = files;
  }

  void handle(HttpExchange exchange, String relative) throws IOException {
    Path file = files.resolve(relative).orElse(null);
    if (file == null) {
      Responses.message(exchange, 404, "Not found", "No question '" + relative + "' is served here.");
      return;
    }
    long modified = Files.getLastModifiedTime(file).toMillis();
    String script = Controls.reload(relative, modified);
    List<String> problems = new ArrayList<>();
    Question fresh = read(file, problems);
    if (fresh != null) {
      lastGood.put(file, fresh);
    }
    Question question = fresh != null ? fresh : lastGood.get(file);
    if (question == null) {
      Responses.send(exchange, 200, Responses.HTML, standalone(relative, Controls.problems(problems, NO_GOOD_VERSION), script));
      return;
    }
    Query query = Query.NONE;
    JudgementConfig config = JudgementConfig.hindsight();
    int status = 200;
    try {
      query = Query.parse(exchange.getRequestURI().getRawQuery());
      config = Settings.config(question, query.asOf(), query.weights(), query.readings());
    } catch (SettingsException e) {
      problems.add("in the address, " + e.setting() + ": " + e.getMessage());
      query = Query.NONE;
      status = 400;
    }
    String note = fresh == null ? "Below is the last version of the file that read without problems."
        : "Below, the question is judged under its own settings.";
    String page;
    try {
      page = pages.render(question, config);
    } catch (JudgementException e) {
      e.problems().forEach(p -> problems.add("cannot judge: " + p));
      Responses.send(exchange, 200, Responses.HTML,
          standalone(relative, Controls.problems(problems, NO_GOOD_VERSION) + Controls.form(question, query), script));
      return;
    }
    Responses.send(exchange, status, Responses.HTML, insert(page, Controls.problems(problems, note) + Controls.form(question, query), script));
  }

  private @Nullable Question read(Path file, List<String> problems) {
    try {
      return hindsight.read(file);
    } catch (FormatException e) {
      e.problems().stream().map(FormatProblem::toString).forEach(problems::add);
    } catch (IOException e) {
      problems.add(file + ": " + (e.getMessage() == null ? "cannot be read" : e.getMessage()));
    } catch (IllegalArgumentException e) {
      problems.add(String.valueOf(e.getMessage()));
    }
    return null;
  }

  /** The preview's parts at the top of the page's body, and its script at the end. */
  private static String insert(String page, String top, String script) {
    int body = page.indexOf("<body>");
    int end = page.lastIndexOf("</body>");
    if (body < 0 || end < body) {
      return page;
    }
    int start = body + "<body>".length();
    return page.substring(0, start) + "\n" + top + page.substring(start, end) + script + page.substring(end);
  }

  private static String standalone(String relative, String top, String script) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Html.text(relative)
        + " has problems</title>\n</head>\n<body>\n<main>\n<h1>" + Html.text(relative) + "</h1>\n" + top
        + "<p><a href=\"/\">All questions</a></p>\n</main>\n" + script + "</body>\n</html>\n";
  }
}
