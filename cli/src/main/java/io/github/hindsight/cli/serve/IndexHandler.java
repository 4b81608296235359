package io.github.hindsight.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import io.github.hindsight.Hindsight;
import io.github.hindsight.html.internal.Html;
import io.github.hindsight.model.Question;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The index, {@code /}: each question served, by its prompt, with a link to its page. */
final class IndexHandler {
  private final Hindsight hindsight;
  private final ServedFiles files;

  IndexHandler(Hindsight hindsight, ServedFiles files) {
    this.hindsight = hindsight;
    this.files = files;
  }

  void handle(HttpExchange exchange) throws IOException {
    List<String> list = files.list();
    StringBuilder out = new StringBuilder(4096);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Questions in ")
        .append(Html.text(files.target().getFileName().toString())).append("</title>\n</head>\n<body>\n<main>\n<h1>Questions in ")
        .append(Html.text(files.target().getFileName().toString())).append("</h1>\n");
    if (list.isEmpty()) {
      out.append("<p>No file here reads as a question.</p>\n");
    } else {
      out.append("<ul>\n");
      for (String relative : list) {
        out.append("<li><a href=\"").append(QuestionHandler.PREFIX).append(Escape.path(relative)).append("\">")
            .append(Html.text(title(relative))).append("</a> <small>(").append(Html.text(relative)).append(")</small></li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</main>\n</body>\n</html>\n");
    Responses.send(exchange, 200, Responses.HTML, out.toString());
  }

  /** The question's prompt, or a plain note when the file does not read as one. */
  private String title(String relative) {
    Path file = files.resolve(relative).orElse(null);
    if (file == null) {
      return relative;
    }
    try {
      Question q = hindsight.read(file);
      return q.prompt();
    } catch (IOException | RuntimeException e) {
      return relative + ": does not read as a question; open it to see its problems";
    }
  }
}
