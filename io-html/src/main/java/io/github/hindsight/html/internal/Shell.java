package io.github.hindsight.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The frame of every page: the document type, the language, the title, the style sheet written
 * into the page (so that it needs nothing beside it and no script), the navigation and the footer.
 */
public final class Shell {
  private static final String CSS = load();

  private Shell() {}

  /** A link in the navigation: where to, and what it says. */
  public record Link(String href, String text) {}

  private static String load() {
    try (InputStream in = Objects.requireNonNull(Shell.class.getResourceAsStream("page.css"), "page.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A whole page.
   *
   * @param title the title, text
   * @param nav the links at the top; none for a page alone
   * @param body the markup inside {@code <body>}, after the navigation
   * @return the page
   */
  public static String page(String title, List<Link> nav, String body) {
    StringBuilder out = new StringBuilder(body.length() + CSS.length() + 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Hindsight\">\n")
        .append("<title>").append(Html.text(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    if (!nav.isEmpty()) {
      out.append("<nav aria-label=\"Site\"><ol>");
      nav.forEach(l -> out.append("<li><a href=\"").append(Html.text(l.href())).append("\">").append(Html.text(l.text())).append("</a></li>"));
      out.append("</ol></nav>\n");
    }
    out.append(body);
    out.append("<footer><p>Made by Hindsight from the question's own records; every score is explained in the judgement's trace.</p></footer>\n");
    return out.append("</body>\n</html>\n").toString();
  }
}
