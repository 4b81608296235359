package io.github.hindsight.markdown.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Escaping of model text for Markdown. Model text is always one line without space at either end,
 * so escaping each text on its own is enough: every character that CommonMark would read as markup
 * gets a backslash, and nothing else does, so that the raw document stays pleasant to read.
 */
public final class MarkdownText {
  private static final Pattern SPACES = Pattern.compile("[\\s_]+");

  private MarkdownText() {}

  /**
   * Escapes text for any inline position: a heading, a list item, a table cell or a block quote.
   *
   * @param text model text
   * @return Markdown that CommonMark reads back as exactly {@code text}
   */
  public static String escape(String text) {
    int first = firstToEscape(text, 0, orderedMarkerAt(text));
    // Most texts have no character that takes a backslash, and are returned as they are.
    return first < 0 ? text : appendEscaped(new StringBuilder(text.length() + 8), text).toString();
  }

  /**
   * Appends text escaped as {@link #escape(String)} escapes it, without making a string of it
   * first: the writer's documents are built of such texts, and each copy of one costs.
   *
   * @param out where the Markdown goes
   * @param text model text
   * @return {@code out}
   */
  public static StringBuilder appendEscaped(StringBuilder out, String text) {
    int orderedMarkerAt = orderedMarkerAt(text);
    int copied = 0;
    for (int i = firstToEscape(text, 0, orderedMarkerAt); i >= 0; i = firstToEscape(text, i + 1, orderedMarkerAt)) {
      out.append(text, copied, i).append('\\');
      copied = i;
    }
    return out.append(text, copied, text.length());
  }

  /** @return the index of the first character at or after {@code from} that takes a backslash, or -1 */
  private static int firstToEscape(String text, int from, int orderedMarkerAt) {
    for (int i = from; i < text.length(); i++) {
      boolean escape = switch (text.charAt(i)) {
        case '\\', '`', '*', '_', '[', ']', '<', '#', '|' -> true;
        case '&' -> isEntityAt(text, i);
        // These only start a block (list, quote, setext line, fence) at the start of a line.
        case '-', '+', '>', '=', '~' -> i == 0;
        default -> i == orderedMarkerAt;
      };
      if (escape) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @param text model text
   * @return the index of the {@code .} or {@code )} that makes the text start an ordered list
   *     (one to nine digits, then one of the two), or -1
   */
  static int orderedMarkerAt(String text) {
    int digits = 0;
    while (digits < text.length() && digits < 10 && isDigit(text.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 9 || digits == text.length()) {
      return -1;
    }
    char after = text.charAt(digits);
    return after == '.' || after == ')' ? digits : -1;
  }

  /**
   * @param text model text
   * @param at the index of an {@code &}
   * @return whether an entity or numeric character reference that CommonMark decodes starts there:
   *     {@code &#} and 1 to 7 digits, {@code &#x} and 1 to 6 hex digits, or {@code &} and a letter
   *     followed by up to 31 letters and digits, each ended by {@code ;}
   */
  static boolean isEntityAt(String text, int at) {
    int i = at + 1;
    int min;
    int max;
    int kind;
    if (i < text.length() && text.charAt(i) == '#') {
      i++;
      boolean hex = i < text.length() && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
      i += hex ? 1 : 0;
      kind = hex ? 16 : 10;
      min = 1;
      max = hex ? 6 : 7;
    } else {
      if (i >= text.length() || !isAsciiLetter(text.charAt(i))) {
        return false;
      }
      i++;
      kind = 36;
      min = 0;
      max = 31;
    }
    int start = i;
    while (i < text.length() && i - start < max && isOfKind(text.charAt(i), kind)) {
      i++;
    }
    return i - start >= min && i < text.length() && text.charAt(i) == ';';
  }

  private static boolean isOfKind(char c, int kind) {
    return switch (kind) {
      case 10 -> isDigit(c);
      case 16 -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      default -> isDigit(c) || isAsciiLetter(c);
    };
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
