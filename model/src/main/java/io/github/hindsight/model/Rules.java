package io.github.hindsight.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The rules that model values check when they are built, for a reader to check a value where it
 * reads it and report the problem there, in the words the builders use. Each method gives the
 * problem as a message saying what was found and what was expected, or empty if there is none;
 * the builders throw an {@link InvalidModelException} with the same message.
 *
 * <p>Stateless and thread-safe.
 */
public final class Rules {

  /** The longest value that a message quotes whole, in characters. */
  public static final int MAX_EXCERPT_LENGTH = 80;

  private Rules() {}

  /**
   * A value as the messages of these rules quote it: whole up to {@link #MAX_EXCERPT_LENGTH}
   * characters, its start and {@code ...} if longer, so that a runaway value does not make a
   * runaway message. Readers quote what they found the same way.
   *
   * @param value the value, such as an id that is not one
   * @return the value or its start
   */
  public static String excerpt(String value) {
    Objects.requireNonNull(value, "value");
    if (value.length() <= MAX_EXCERPT_LENGTH) {
      return value;
    }
    int end = MAX_EXCERPT_LENGTH - 3;
    // The start ends between two characters, never between the halves of one.
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + "...";
  }

  /**
   * Checks an id, such as {@code turkey-missiles}: lower-case letters and digits in words joined
   * by single hyphens.
   *
   * @param id the id
   * @return what is wrong with it, if anything
   */
  public static Optional<String> idProblem(String id) {
    Objects.requireNonNull(id, "id");
    return isSlug(id) ? Optional.empty() : Optional.of("'" + excerpt(id)
        + "' is not an id; expected lower-case letters and digits in words joined by single hyphens, such as 'ussr' or 'turkey-missiles'");
  }

  /**
   * Whether a string is a slug: lower-case letters and digits in words joined by single hyphens.
   * A scan of its characters, as every id and every reference to one is checked.
   */
  private static boolean isSlug(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    boolean afterHyphen = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  /**
   * Checks text that may be empty, such as a rationale. Text is one paragraph: no line breaks or
   * other control characters, no lone surrogate (half of a character, which no format can
   * encode), and no space at either end, so that every format can hold it exactly, including
   * those written by hand.
   *
   * @param text the text
   * @return what is wrong with it, if anything
   */
  public static Optional<String> textProblem(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // Every text is checked as it is read, and nearly all of it is printable ASCII: one test passes it.
      if (c >= 0x20 && c < 0x7f) {
        continue;
      }
      if (Character.isISOControl(c)) {
        return Optional.of("expected text on one line but found control character U+" + String.format("%04X", (int) c) + " at index " + i);
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return Optional.of(loneSurrogate(c, i));
        }
      }
    }
    if (!text.isEmpty() && (space(text.charAt(0)) || space(text.charAt(text.length() - 1)))) {
      return Optional.of("expected text without space at either end but found '" + excerpt(text) + "'");
    }
    return Optional.empty();
  }

  /**
   * Checks text that must say something, such as a name or a statement: not blank, and one
   * paragraph as {@link #textProblem(String)} requires.
   *
   * @param text the text
   * @return what is wrong with it, if anything
   */
  public static Optional<String> nonBlankTextProblem(String text) {
    Objects.requireNonNull(text, "text");
    return text.isBlank() ? Optional.of("must not be blank") : textProblem(text);
  }

  /**
   * Checks a weight, such as a criterion's: a finite number of at least 0.
   *
   * @param weight the weight
   * @return what is wrong with it, if anything
   */
  public static Optional<String> weightProblem(double weight) {
    return weight >= 0 && !Double.isInfinite(weight) ? Optional.empty()
        : Optional.of("expected a finite number of at least 0 but found " + weight);
  }

  /**
   * Checks a question's kind together with its label: a question of kind {@code other} names its
   * kind in a label, one paragraph of text, and no other kind has a label.
   *
   * @param kind the kind
   * @param label the label, if any
   * @return what is wrong with them, if anything
   */
  public static Optional<String> kindLabelProblem(QuestionKind kind, Optional<String> label) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    if (kind == QuestionKind.OTHER && label.isEmpty()) {
      return Optional.of("a question of kind 'other' must name its kind");
    }
    if (kind != QuestionKind.OTHER && label.isPresent()) {
      return Optional.of("a kind label is only allowed when the kind is 'other', not '" + kind.word() + "'");
    }
    return label.isPresent() ? nonBlankTextProblem(label.get()) : Optional.empty();
  }

  /**
   * Checks any text, such as kept content, for a lone surrogate: half of a character, which no
   * format can write.
   *
   * @param text the text
   * @return what is wrong with it, if anything
   */
  static Optional<String> surrogateProblem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of(loneSurrogate(c, i));
      }
    }
    return Optional.empty();
  }

  private static String loneSurrogate(char c, int index) {
    return "expected text but found a lone surrogate U+" + String.format("%04X", (int) c) + " at index " + index;
  }

  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
