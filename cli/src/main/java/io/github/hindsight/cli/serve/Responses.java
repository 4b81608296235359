package io.github.hindsight.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import io.github.hindsight.html.internal.Html;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Sends answers: the whole body at once, none for HEAD, never cached, never sniffed. */
final class Responses {
  static final String HTML = "text/html; charset=utf-8";
  static final String TEXT = "text/plain; charset=utf-8";

  private Responses() {}

  static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", contentType);
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        + "img-src data:; connect-src 'self'; form-action 'self'");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
    if (!head && bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  /** A short page of its own, for an address that leads nowhere. */
  static void message(HttpExchange exchange, int status, String title, String text) throws IOException {
    send(exchange, status, HTML, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + Html.text(title) + "</title>\n</head>\n<body>\n<main>\n<h1>" + Html.text(title) + "</h1>\n<p>"
        + Html.text(text) + "</p>\n<p><a href=\"/\">All questions</a></p>\n</main>\n</body>\n</html>\n");
  }
}
