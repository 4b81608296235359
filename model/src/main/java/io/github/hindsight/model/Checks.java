package io.github.hindsight.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Construction checks shared by the model types. */
final class Checks {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private Checks() {}

  static void id(String field, String id) {
    if (!SLUG.matcher(id).matches()) {
      throw new InvalidModelException(
          field,
          "'" + id + "' is not an id; expected lower-case letters and digits in words joined by single hyphens, such as 'ussr' or 'turkey-missiles'");
    }
  }

  static void ids(String field, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      id(field + "[" + i + "]", ids.get(i));
    }
  }

  static void notBlank(String field, String text) {
    if (text.isBlank()) {
      throw new InvalidModelException(field, "must not be blank");
    }
    text(field, text);
  }

  /**
   * Text is one paragraph: no line breaks or other control characters, and no space at either
   * end. Every format can then hold it exactly, including those written by hand.
   */
  static void text(String field, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        throw new InvalidModelException(field, "expected text on one line but found control character U+"
            + String.format("%04X", (int) c) + " at index " + i);
      }
    }
    if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))
        || Character.isSpaceChar(text.charAt(0)) || Character.isSpaceChar(text.charAt(text.length() - 1)))) {
      throw new InvalidModelException(field, "expected text without space at either end but found '" + text + "'");
    }
  }

  static void texts(String field, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      notBlank(field + "[" + i + "]", texts.get(i));
    }
  }

  static void optionalText(String field, java.util.Optional<String> text) {
    text.ifPresent(t -> notBlank(field, t));
  }

  static <T> void uniqueIds(String field, List<T> items, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      if (!seen.add(key)) {
        throw new InvalidModelException(field + "[" + i + "]", "duplicate id '" + key + "'");
      }
    }
  }

  static void nonNegative(String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new InvalidModelException(field, "expected a finite number of at least 0 but found " + value);
    }
  }
}
