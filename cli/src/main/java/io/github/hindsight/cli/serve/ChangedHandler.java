package io.github.hindsight.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code /changed?file=PATH}: the time a question's file was last modified, in milliseconds, as
 * plain text, which a page compares with the time it was rendered from.
 */
final class ChangedHandler {
  static final String PATH = "/changed";

  private final ServedFiles files;

  ChangedHandler(ServedFiles files) {
    this.files = files;
  }

  void handle(HttpExchange exchange) throws IOException {
    String raw = exchange.getRequestURI().getRawQuery();
    String relative = null;
    if (raw != null && raw.startsWith("file=") && raw.indexOf('&') < 0) {
      try {
        relative = URLDecoder.decode(raw.substring("file=".length()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        relative = null;
      }
    }
    Path file = relative == null ? null : files.resolve(relative).orElse(null);
    if (file == null) {
      Responses.send(exchange, 404, Responses.TEXT, "no such question served; expected /changed?file=PATH\n");
      return;
    }
    Responses.send(exchange, 200, Responses.TEXT, Files.getLastModifiedTime(file).toMillis() + "\n");
  }
}
