package io.github.hindsight.json.internal;

import java.util.Arrays;

/**
 * The names of the members met so far, and where each stands, packed, of every object being read
 * by one reader: the innermost object's last. An object is read whole before the one around it
 * goes on, so it takes the slots from its start to the top and gives them back when it is built;
 * no object needs arrays of its own.
 *
 * <p>Not thread-safe: it belongs to one reader.
 */
final class Met {
  private String[] names = new String[32];
  private long[] at = new long[32];
  private int top;

  /** @return where the next member will go, which is where an object begun now starts */
  int top() {
    return top;
  }

  void add(String name, long where) {
    if (top == names.length) {
      names = Arrays.copyOf(names, top * 2);
      at = Arrays.copyOf(at, top * 2);
    }
    names[top] = name;
    at[top] = where;
    top++;
  }

  String name(int i) {
    return names[i];
  }

  long at(int i) {
    return at[i];
  }

  /**
   * Gives back the slots from an object's start, once it has been read. The names left above the
   * top are of the model being built, which holds them anyway, and are written over as reading
   * goes on.
   */
  void release(int from) {
    top = from;
  }
}
