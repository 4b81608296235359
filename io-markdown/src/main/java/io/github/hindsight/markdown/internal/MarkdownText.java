package io.github.hindsight.markdown.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping of model text for Markdown. Model text is always one line without space at either end,
 * so escaping each text on its own is enough: every character that CommonMark would read as markup
 * gets a backslash, and nothing else does, so that the raw document stays pleasant to read.
 */
public final class MarkdownText {
  private static final Pattern SPACES = Pattern.compile("[\\s_]+");

  private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
  private static final Pattern ORDERED_MARKER = Pattern.compile("^[0-9]{1,9}[.)]");

  private MarkdownText() {}

  /**
   * Escapes text for any inline position: a heading, a list item, a table cell or a block quote.
   *
   * @param text model text
   * @return Markdown that CommonMark reads back as exactly {@code text}
   */
  public static String escape(String text) {
    // Made at the first character that takes a backslash: most texts have none and are returned as they are.
    StringBuilder sb = null;
    int orderedMarkerAt = -1;
    if (!text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9') {
      Matcher ordered = ORDERED_MARKER.matcher(text);
      orderedMarkerAt = ordered.find() ? ordered.end() - 1 : -1;
    }
    // Most texts hold no '&': the pattern's matcher is made for the first one.
    Matcher entity = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&' && entity == null) {
        entity = ENTITY.matcher(text);
      }
      boolean escape = switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '#', '|' -> true;
        case '&' -> entity.find(i) && entity.start() == i;
        // These only start a block (list, quote, setext line, fence) at the start of a line.
        case '-', '+', '>', '=', '~' -> i == 0;
        default -> i == orderedMarkerAt;
      };
      if (escape) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        sb.append('\\');
      }
      if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * The form of an enum word for people: hyphens become spaces, as in {@code not achieved}.
   *
   * @param word the model's word, such as {@code not-achieved}
   * @return the word with spaces
   */
  public static String spaced(String word) {
    return word.replace('-', ' ');
  }

  /**
   * A spaced word with a capital first letter, as in {@code Not achieved}.
   *
   * @param word the model's word
   * @return the word for a bold label
   */
  public static String capitalised(String word) {
    String s = spaced(word);
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /**
   * The model's word for what a person wrote: lower case, with spaces turned into hyphens.
   *
   * @param written such as {@code Not achieved}
   * @return such as {@code not-achieved}
   */
  public static String word(String written) {
    String lower = written.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (isPatternSpace(c) || c == '_') {
        return SPACES.matcher(lower).replaceAll("-");
      }
    }
    // Most words are written as the model spells them: no pattern to run.
    return lower;
  }

  /**
   * @param c a character
   * @return whether a pattern's {@code \s} matches it: without Unicode classes, these six only
   */
  static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
