package io.github.hindsight.cli.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Text made safe for an address: a value in a query string, or a path. HTML text is escaped by the pages' own {@code Html}. */
final class Escape {
  private Escape() {}

  /** A value for a query string or a path, in ASCII with no character that HTML or script treats specially. */
  static String url(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A relative path for an address, each segment encoded and the slashes kept. */
  static String path(String relative) {
    return url(relative).replace("%2F", "/");
  }
}
