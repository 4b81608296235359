package io.github.hindsight.spi.support;

import io.github.hindsight.spi.Location;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a model path within one {@link BankPart} was read, such as {@code questions[1].topic} or
 * {@code questions[0].actors[2]}, with the indices those of the part's own lists. A format that
 * remembers where it read each value answers with a line and column; one that does not gives the
 * document and the path as a pointer.
 */
@FunctionalInterface
public interface Locator {

  /**
   * Locates a model path.
   *
   * @param path a path within the part, such as {@code questions[1].topic}
   * @return where it was read, or the nearest enclosing value that was; never null
   */
  Location locate(String path);

  /**
   * A locator that knows no lines: each path becomes a JSON pointer in the named document.
   *
   * @param source the document
   * @return the locator
   */
  static Locator pointers(String source) {
    Objects.requireNonNull(source, "source");
    return path -> {
      Location.Builder at = Location.builder().source(source);
      String pointer = pointer(path);
      if (!pointer.isEmpty()) {
        at.pointer(pointer);
      }
      return at.build();
    };
  }

  /**
   * A locator for a part whose questions and topics were read one by one, each knowing where its
   * own paths are: {@code questions[3].objectives[0]} is {@code objectives[0]} of question 3. A
   * path naming neither is located in the document alone, with the path as a pointer.
   *
   * @param source the document
   * @param question the locator of the question with an index, for paths within it
   * @param topic the locator of the topic with an index, for paths within it
   * @return the locator
   */
  static Locator byItem(String source, IntFunction<Locator> question, IntFunction<Locator> topic) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(topic, "topic");
    Locator document = pointers(source);
    // questions[3] or topics[0], then the path within the item, without its dot.
    Pattern item = Pattern.compile("(questions|topics)\\[(\\d+)\\]\\.?(.*)");
    return path -> {
      Matcher m = item.matcher(path);
      if (!m.matches()) {
        return document.locate(path);
      }
      int index = Integer.parseInt(m.group(2));
      return (m.group(1).equals("questions") ? question : topic).apply(index).locate(m.group(3));
    };
  }

  /**
   * A model path as a JSON pointer (RFC 6901): {@code objectives[3].actors[0]} is
   * {@code /objectives/3/actors/0}, and the empty path the empty pointer.
   *
   * @param path the model path
   * @return the pointer
   */
  static String pointer(String path) {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(path.length() + 4).append('/');
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        sb.append('/');
      } else if (c == '~') {
        sb.append("~0");
      } else if (c != ']') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
