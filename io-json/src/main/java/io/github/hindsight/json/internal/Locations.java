package io.github.hindsight.json.internal;

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
      String at = path.pointer();
      return problems.location(locate(at), at);
    };
  }

  /** Forgets every location, for reading the next question of a stream. */
  void clear() {
    read.clear();
  }
}
