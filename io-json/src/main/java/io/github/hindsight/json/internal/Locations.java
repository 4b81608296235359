package io.github.hindsight.json.internal;

import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.spi.support.Locator;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the values that validation may point at were read, by JSON pointer: every object, and
 * every id or reference to one. Problems the model finds after reading are put there.
 *
 * <p>Not thread-safe: one per reader.
 */
final class Locations {
  /** Line and column packed, by JSON pointer. */
  private final Map<String, Long> read = new HashMap<>();

  /**
   * The one mapping from the model's paths, which are strings, to JSON pointers relative to the
   * object a path starts in. A problem's path {@code objectives[3].actors[0]} is {@code
   * /objectives/3/actors/0}; the field of an {@link InvalidModelException} starts with the type that
   * refused the value, which is the object itself, so {@code Objective.actors[1]} is {@code
   * /actors/1}.
   *
   * @param path the path or field
   * @param typed whether it is a field, which starts with its type
   * @return the pointer, empty for the object itself
   */
  static String pointer(String path, boolean typed) {
    if (!typed) {
      return Locator.pointer(path);
    }
    String relative = path.substring(path.indexOf('.') + 1);
    int bracket = relative.indexOf('[');
    String member = bracket < 0 ? relative : relative.substring(0, bracket);
    String below = bracket < 0 ? "" : Locator.pointer(relative.substring(bracket)).substring(1);
    return "/" + QuestionWriter.escape(member) + below;
  }

  /**
   * Records where a value was read.
   *
   * @param pointer its pointer
   * @param at its packed line and column
   */
  void put(String pointer, long at) {
    read.put(pointer, at);
  }

  /**
   * The nearest recorded location at or above a pointer.
   *
   * @param pointer the pointer
   * @return the packed line and column, or {@link Problems#NO_LOCATION}
   */
  long locate(String pointer) {
    String at = pointer;
    while (true) {
      Long l = read.get(at);
      if (l != null) {
        return l;
      }
      int slash = at.lastIndexOf('/');
      if (slash < 0) {
        return Problems.NO_LOCATION;
      }
      at = at.substring(0, slash);
    }
  }

  /**
   * Where a model path of the document was read, for {@link io.github.hindsight.spi.support.BankAssembler}:
   * the line and column of the value, or of the nearest enclosing value read, with its pointer.
   *
   * @param problems the document's problems, for its name
   * @return the locator
   */
  Locator locator(Problems problems) {
    return path -> {
      String at = pointer(path, false);
      return problems.location(locate(at), at);
    };
  }

  /** Forgets every location, for reading the next question of a stream. */
  void clear() {
    read.clear();
  }
}
