package io.github.hindsight.markdown.internal;

import java.util.OptionalInt;
import java.util.function.IntUnaryOperator;

/**
 * The limit on brackets that may open a link or an image, checked on the text before CommonMark
 * parses it. CommonMark tries every {@code ]} against the {@code [} before it and, when no link
 * follows, compares the whole text between them with the link definitions: thousands of
 * unmatched brackets in one paragraph cost time and memory in the square of its length. Bounding
 * the brackets of each paragraph bounds that work by a constant times the paragraph's length.
 *
 * <p>A paragraph here is a run of lines without a blank line, which holds every block CommonMark
 * parses for links (a paragraph, a heading, a table); a tight list counts as one. A bracket after
 * a backslash cannot open a link and is not counted; one in a code span is, which errs on the
 * safe side.
 */
final class BracketLimit {
  /** The most '[' a paragraph may hold; real text has a handful, and the writer escapes its own. */
  static final int MAX_OPENERS = 128;

  private BracketLimit() {}

  /**
   * Where the first bracket over the limit stands.
   *
   * @param length the length of the Markdown, its lines separated by {@code \n}
   * @param at its characters, or its UTF-8 bytes: the rule looks only at ASCII, and no byte of
   *     a longer character is ASCII
   * @return the index of the first {@code [} over the limit in its paragraph, if any
   */
  static OptionalInt firstOverLimit(int length, IntUnaryOperator at) {
    int openers = 0;
    boolean blankSoFar = true;
    boolean escaped = false;
    for (int i = 0; i < length; i++) {
      int c = at.applyAsInt(i);
      if (c == '\n') {
        if (blankSoFar) {
          openers = 0;
        }
        blankSoFar = true;
        escaped = false;
        continue;
      }
      if (c != ' ' && c != '\t') {
        blankSoFar = false;
      }
      if (c == '[' && !escaped && ++openers > MAX_OPENERS) {
        return OptionalInt.of(i);
      }
      escaped = c == '\\' && !escaped;
    }
    return OptionalInt.empty();
  }

  /** @return the problem's message, in the words of a person writing Markdown */
  static String message() {
    return "a paragraph with more than " + MAX_OPENERS + " '[' that may open a link or an image; expected at most " + MAX_OPENERS
        + " a paragraph (write '\\[' for a bracket that is only text, or split the paragraph with a blank line)";
  }
}
