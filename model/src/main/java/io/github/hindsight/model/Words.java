package io.github.hindsight.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one mapping between enum constants and the lower-case words of the text formats. The words
 * of each type are worked out once, so that reading and writing a word compares and hands out
 * strings that already exist instead of making new ones.
 */
final class Words {
  /** The constants of one enum type and their words, by ordinal. */
  private record Known(Object[] constants, String[] words) {}

  private static final ClassValue<Known> KNOWN = new ClassValue<>() {
    @Override
    protected Known computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] words = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        words[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return new Known(constants, words);
    }
  };

  private Words() {}

  static String word(Enum<?> constant) {
    return KNOWN.get(constant.getDeclaringClass()).words()[constant.ordinal()];
  }

  static <E extends Enum<E>> E fromWord(Class<E> type, String word) {
    java.util.Objects.requireNonNull(word, "word");
    Known known = KNOWN.get(type);
    String[] words = known.words();
    for (int i = 0; i < words.length; i++) {
      if (words[i].equals(word)) {
        return type.cast(known.constants()[i]);
      }
    }
    throw new IllegalArgumentException(
        "'" + Rules.excerpt(word) + "' is not a valid " + readable(type.getSimpleName()) + "; expected one of "
            + Arrays.stream(words).collect(Collectors.joining(", ")));
  }

  private static String readable(String typeName) {
    return typeName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
