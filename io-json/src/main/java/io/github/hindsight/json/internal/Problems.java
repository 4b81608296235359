package io.github.hindsight.json.internal;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.Location;
import io.github.hindsight.spi.support.ProblemList;
import java.util.Comparator;

/**
 * The problems found in one document, or in one line of JSON Lines, or in one question of a
 * stream (see {@link #clear()}), so that one report can list them all, bounded as a
 * {@link ProblemList} bounds them. Where a problem is is kept as a line and a column packed into a
 * {@code long}, which costs nothing until a problem is found.
 *
 * <p>Not thread-safe: one collector per reader.
 */
final class Problems {
  /** A packed location that has no line. */
  static final long NO_LOCATION = -1;
  /** The start of a document, where an empty one is reported. */
  static final long DOCUMENT_START = at(1, 1);

  /** By line, then column; problems without a line last. */
  static final Comparator<FormatProblem> DOCUMENT_ORDER =
      Comparator.comparingInt((FormatProblem f) -> f.location().line().orElse(Integer.MAX_VALUE))
          .thenComparingInt(f -> f.location().column().orElse(Integer.MAX_VALUE));

  private final String source;
  private final ProblemList found = new ProblemList();

  /**
   * Creates an empty collector.
   *
   * @param source the document's name for locations
   */
  Problems(String source) {
    this.source = source;
  }

  /**
   * Packs a line and a column.
   *
   * @param line from 1
   * @param column from 1
   * @return both in one value
   */
  static long at(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  /** @return the document's name for locations */
  String source() {
    return source;
  }

  /**
   * The location of a packed line and column and a pointer in this document.
   *
   * @param at packed line and column, or {@link #NO_LOCATION}
   * @param pointer JSON pointer, empty for the document itself
   * @return the location
   */
  Location location(long at, String pointer) {
    Location.Builder b = Location.builder().source(source);
    if (at != NO_LOCATION) {
      b.line((int) (at >>> 32)).column((int) at);
    }
    if (!pointer.isEmpty()) {
      b.pointer(pointer);
    }
    return b.build();
  }

  /**
   * Records a problem.
   *
   * @param at packed line and column
   * @param pointer JSON pointer
   * @param message what was found and what was expected
   */
  void add(long at, String pointer, String message) {
    found.add(FormatProblem.of(location(at, pointer), message));
  }

  /** @return true if a problem has been found */
  boolean any() {
    return !found.isEmpty();
  }

  /** @return every problem found so far, in document order, as one exception */
  FormatException failure() {
    return found.failure(DOCUMENT_ORDER);
  }

  /** @return the problems found so far, for a report on more than this document or line */
  ProblemList list() {
    return found;
  }

  /** Forgets every problem, for reading the next question of a stream. */
  void clear() {
    found.clear();
  }
}
