package io.github.hindsight.json.internal;

import io.github.hindsight.spi.support.Locator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamContext;

/**
 * Where the values that validation may point at were read: every object, and every id or
 * reference to one. Problems the model finds after reading are put there.
 *
 * <p>Reading records each value as its line and column and where it stands in the object around
 * it (a member name, and an index when it is in that member's array), in arrays that grow and are
 * reused; no JSON pointer is built and nothing is looked up while a document reads cleanly. The
 * pointers, and the map from pointer to location that problems are located by, are made the first
 * time a problem asks for them, from what was recorded. A value whose place cannot be told that
 * way (the document's own object, or one nested deeper than the format nests its values) has its
 * pointer built at once, as every value did before.
 *
 * <p>Not thread-safe: one per reader.
 */
final class Locations {
  /**
   * Builds every pointer as the value is read, as the reader did before pointers were made when
   * asked: for the test that compares the two, and nothing else.
   */
  static boolean eager;

  private static final int NONE = -1;

  private int size;
  private int generation;
  private long[] at = new long[64];
  /** The entry of the object the value is in, or {@link #NONE} when its pointer was built at once. */
  private int[] owner = new int[64];
  /** For an object, the nesting depth of its own context; unused for a string. */
  private int[] depth = new int[64];
  /** The member whose value it is, or whose array it is in. */
  private @Nullable String[] member = new String[64];
  /** Its index in the member's array, or {@link #NONE}. */
  private int[] index = new int[64];
  /** Its pointer, once built. */
  private @Nullable String[] pointer = new String[64];
  /** Every pointer recorded, made when a problem is first located. */
  private @Nullable Map<String, Long> byPointer;

  /**
   * Records an object at the parser's current token, which starts it.
   *
   * @param tokens the tokens, for the parser's contexts
   * @param start where it starts, packed
   * @param within the entry of the object it is in, or a negative number if none is known
   * @return its entry, for the values within it
   */
  int object(JsonTokens tokens, long start, int within) {
    TokenStreamContext own = tokens.parser().streamReadContext();
    int e = add(tokens, start, within, own.getParent());
    depth[e] = own.getNestingDepth();
    return e;
  }

  /**
   * Records a string that validation may point at, at the parser's current token.
   *
   * @param tokens the tokens
   * @param within the entry of the object it is in, or a negative number if none is known
   */
  void string(JsonTokens tokens, int within) {
    add(tokens, tokens.here(), within, tokens.parser().streamReadContext());
  }

  /** @return a number that changes whenever the entries are forgotten, so that an old entry is not taken for a new one */
  int generation() {
    return generation;
  }

  /** @return whether the pointer of an entry is known without the entries it is within */
  boolean standsAlone(int entry) {
    return owner[entry] == NONE;
  }

  private int add(JsonTokens tokens, long where, int within, TokenStreamContext container) {
    if (size == at.length) {
      grow();
    }
    int e = size++;
    byPointer = null;
    at[e] = where;
    pointer[e] = null;
    member[e] = null;
    index[e] = NONE;
    owner[e] = NONE;
    if (!eager && within >= 0 && within < e) {
      int d = depth[within];
      if (container.inObject() && container.getNestingDepth() == d) {
        owner[e] = within;
        member[e] = container.currentName();
      } else if (container.inArray() && container.getNestingDepth() == d + 1 && container.getParent().inObject()) {
        owner[e] = within;
        member[e] = container.getParent().currentName();
        index[e] = container.getCurrentIndex();
      }
    }
    if (owner[e] == NONE || member[e] == null) {
      owner[e] = NONE;
      pointer[e] = tokens.pointer();
    }
    return e;
  }

  private void grow() {
    int n = at.length * 2;
    at = Arrays.copyOf(at, n);
    owner = Arrays.copyOf(owner, n);
    depth = Arrays.copyOf(depth, n);
    member = Arrays.copyOf(member, n);
    index = Arrays.copyOf(index, n);
    pointer = Arrays.copyOf(pointer, n);
  }

  /**
   * The JSON pointer of a recorded value, built the first time it is asked for.
   *
   * @param entry the value's entry
   * @return its pointer
   */
  String pointer(int entry) {
    String p = pointer[entry];
    if (p == null) {
      StringBuilder sb = new StringBuilder(pointer(owner[entry])).append('/').append(QuestionWriter.escape(member[entry]));
      if (index[entry] != NONE) {
        sb.append('/').append(index[entry]);
      }
      p = sb.toString();
      pointer[entry] = p;
    }
    return p;
  }

  /**
   * The nearest recorded location at or above a pointer.
   *
   * @param pointer the pointer
   * @return the packed line and column, or {@link Problems#NO_LOCATION}
   */
  long locate(String pointer) {
    Map<String, Long> read = byPointer;
    if (read == null) {
      // As each value was recorded in turn: a later value at the same pointer wins.
      read = new HashMap<>();
      for (int e = 0; e < size; e++) {
        read.put(pointer(e), at[e]);
      }
      byPointer = read;
    }
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
    Arrays.fill(member, 0, size, null);
    Arrays.fill(pointer, 0, size, null);
    size = 0;
    generation++;
    byPointer = null;
  }
}
