package io.github.hindsight.internal;

/**
 * Text from a document made safe to print on a terminal, on one line. Ids, member names, file
 * names and values end up in problem messages; a control character among them could move the
 * cursor, recolour or clear the screen, a line break or a separator could start a line that looks
 * like another problem, and a bidi control could show the text in another order than it is.
 */
public final class Printable {
  private Printable() {}

  /**
   * The text with every control character (C0, DEL, C1), line and paragraph separator
   * (U+2028, U+2029) and bidi embedding, override or isolate (U+202A to U+202E, U+2066 to
   * U+2069) written as a Java escape such as <code>&#92;u001B</code>. Printable text, backslashes
   * included, is kept as it is, so escaping twice changes nothing.
   *
   * @param text any text
   * @return the same text when nothing needed escaping, else the escaped copy
   */
  public static String escape(String text) {
    int first = firstUnprintable(text);
    if (first < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unprintable(c)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int firstUnprintable(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (unprintable(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean unprintable(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
