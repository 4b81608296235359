package io.github.hindsight.html.internal;

import java.util.Locale;

/**
 * The one way text gets into a page: every character that could be markup is written as a
 * character reference, so that no text of a question, however odd, becomes markup.
 */
public final class Html {
  private Html() {}

  /**
   * Text for an element's content or an attribute's value. {@code & < > " '} become character
   * references; control characters and noncharacters, which HTML forbids, become U+FFFD; line
   * breaks become spaces.
   *
   * @param text any text
   * @return the escaped text
   */
  public static String text(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> {
          if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe
              || (c >= 0xd800 && c <= 0xdfff)) {
            out.append('\ufffd');
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /**
   * A fragment id made from model ids, which are slugs: safe in an {@code id} and an {@code href}.
   *
   * @param parts the parts, joined with hyphens
   * @return the id
   */
  public static String id(String... parts) {
    return String.join("-", parts).replaceAll("[^A-Za-z0-9_-]", "-");
  }

  /**
   * A number as the page prints it: two decimals, a point whatever the locale.
   *
   * @param value the number
   * @return the text
   */
  public static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * A coordinate in an SVG drawing: one decimal at most.
   *
   * @param value the coordinate
   * @return the text
   */
  static String coordinate(double value) {
    String s = String.format(Locale.ROOT, "%.1f", value);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
