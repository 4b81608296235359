package io.github.hindsight.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The one mapping between enum constants and the lower-case words of the text formats. */
final class Words {
  private Words() {}

  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E fromWord(Class<E> type, String word) {
    java.util.Objects.requireNonNull(word, "word");
    for (E e : type.getEnumConstants()) {
      if (word(e).equals(word)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "'" + Rules.excerpt(word) + "' is not a valid " + readable(type.getSimpleName()) + "; expected one of "
            + Arrays.stream(type.getEnumConstants()).map(Words::word).collect(Collectors.joining(", ")));
  }

  private static String readable(String typeName) {
    return typeName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
