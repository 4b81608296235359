package io.github.hindsight.timeline.internal;

/** Text for TimelineJS, which shows headlines and texts as HTML. */
final class Html {
  private Html() {}

  /**
   * @param text plain text
   * @return the text with {@code < > & " '} written as entities, so that TimelineJS shows it as written
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * @param text plain text
   * @return one paragraph of it, escaped
   */
  static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>";
  }
}
