package io.github.hindsight.cli.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * The bounds of every request, before any handler runs: GET and HEAD only, an address of at
 * most {@link #MAX_URI} characters, and no body.
 */
final class Guard extends Filter {
  /** The longest address accepted, query string included. */
  static final int MAX_URI = 4096;

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    String method = exchange.getRequestMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      Responses.message(exchange, 405, "Method not allowed", "The preview only shows pages: " + method + " is not accepted.");
      return;
    }
    if (exchange.getRequestURI().toString().length() > MAX_URI) {
      Responses.message(exchange, 414, "Address too long", "Addresses are limited to " + MAX_URI + " characters.");
      return;
    }
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (exchange.getRequestHeaders().containsKey("Transfer-Encoding") || (length != null && !"0".equals(length.trim()))) {
      Responses.message(exchange, 413, "Body not accepted", "A request to the preview carries no body.");
      return;
    }
    chain.doFilter(exchange);
  }

  @Override
  public String description() {
    return "GET and HEAD only, a bounded address, no body";
  }
}
