package io.github.hindsight.spi.support;

import io.github.hindsight.model.Rules;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The problems of one document as a reader finds them, bounded so that a small document with a
 * million mistakes costs no more than one with a hundred: the first
 * {@link FormatException#MAX_PROBLEMS} problems are kept in full, each message cut to
 * {@link #MAX_MESSAGE_LENGTH} characters, and the rest are only counted, to be reported as one
 * closing problem located at the first of them:
 * {@code crisis.json:9:3 (/actors/100): and 999900 more problems, not listed}.
 *
 * <pre>{@code
 * ProblemList problems = new ProblemList();
 * problems.add(FormatProblem.of(Location.at(name, line, 1), "expected 'id | prompt' but found '" + ProblemList.excerpt(text) + "'"));
 * if (!problems.isEmpty()) {
 *   throw problems.failure();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one list per document being read.
 */
public final class ProblemList {
  /** The longest message kept whole, in characters; a longer one keeps its start and its end: {@value}. */
  public static final int MAX_MESSAGE_LENGTH = 500;
  /** The longest value that {@link #excerpt(String)} quotes whole, in characters: {@value}. */
  public static final int MAX_EXCERPT_LENGTH = Rules.MAX_EXCERPT_LENGTH;

  private static final String CUT = "...";

  private final List<FormatProblem> kept = new ArrayList<>();
  private long more;
  private @Nullable Location firstMore;

  /** Creates an empty list. */
  public ProblemList() {}

  /**
   * Adds a problem: kept, with its message cut to {@link #MAX_MESSAGE_LENGTH}, while the list is
   * not {@link #full()}; counted otherwise.
   *
   * @param problem the problem
   * @return true if it was kept
   */
  public boolean add(FormatProblem problem) {
    Objects.requireNonNull(problem, "problem");
    if (full()) {
      countMore(problem.location(), 1);
      return false;
    }
    String message = bounded(problem.message());
    kept.add(message == problem.message() ? problem : FormatProblem.of(problem.location(), message));
    return true;
  }

  /**
   * Adds problems, as {@link #add(FormatProblem)} does each.
   *
   * @param problems the problems, such as those of a {@link FormatException}
   * @return this list
   */
  public ProblemList addAll(List<FormatProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    for (FormatProblem p : problems) {
      add(p);
    }
    return this;
  }

  /**
   * Adds the problems of another list, such as one line's of a document read line by line,
   * counting those it only counted.
   *
   * @param other the other list
   * @return this list
   */
  public ProblemList addAll(ProblemList other) {
    Objects.requireNonNull(other, "other");
    addAll(other.kept);
    if (other.firstMore != null) {
      countMore(other.firstMore, other.more);
    }
    return this;
  }

  private void countMore(Location at, long count) {
    if (firstMore == null) {
      firstMore = at;
    }
    more += count;
  }

  /** @return true once {@link FormatException#MAX_PROBLEMS} problems are kept; more are only counted */
  public boolean full() {
    return kept.size() >= FormatException.MAX_PROBLEMS;
  }

  /** @return true if no problem has been added */
  public boolean isEmpty() {
    return kept.isEmpty();
  }

  /** @return how many problems have been added, kept or counted */
  public long found() {
    return kept.size() + more;
  }

  /**
   * The problems kept, in the order they were added, then the closing problem if any were only
   * counted.
   *
   * @return the problems
   */
  public List<FormatProblem> problems() {
    return sorted(null);
  }

  /**
   * The problems kept, in an order such as that of the document, then the closing problem if
   * any were only counted.
   *
   * @param order the order of the problems kept
   * @return the problems
   */
  public List<FormatProblem> problems(Comparator<? super FormatProblem> order) {
    Objects.requireNonNull(order, "order");
    return sorted(order);
  }

  private List<FormatProblem> sorted(@Nullable Comparator<? super FormatProblem> order) {
    List<FormatProblem> out = new ArrayList<>(kept.size() + 1);
    out.addAll(kept);
    if (order != null) {
      out.sort(order);
    }
    if (firstMore != null) {
      out.add(FormatProblem.of(firstMore, "and " + more + " more " + (more == 1 ? "problem" : "problems")
          + ", not listed; fix those above and read the document again"));
    }
    return out;
  }

  /**
   * The problems as one exception, as {@link #problems()} lists them.
   *
   * @return the exception, to throw
   * @throws IllegalStateException if the list is empty
   */
  public FormatException failure() {
    if (isEmpty()) {
      throw new IllegalStateException("no problems to report");
    }
    return new FormatException(sorted(null));
  }

  /**
   * The problems as one exception, as {@link #problems(Comparator)} lists them.
   *
   * @param order the order of the problems kept
   * @return the exception, to throw
   * @throws IllegalStateException if the list is empty
   */
  public FormatException failure(Comparator<? super FormatProblem> order) {
    Objects.requireNonNull(order, "order");
    if (isEmpty()) {
      throw new IllegalStateException("no problems to report");
    }
    return new FormatException(sorted(order));
  }

  /** Forgets every problem, for the next document or the next question of a stream. */
  public void clear() {
    kept.clear();
    more = 0;
    firstMore = null;
  }

  /**
   * A value as a message may quote it: whole up to {@link #MAX_EXCERPT_LENGTH} characters, its
   * start and {@code ...} if longer, so that a runaway value does not make a runaway message.
   *
   * @param value the value, such as a word that is not one of those expected
   * @return the value or its start
   */
  public static String excerpt(String value) {
    return Rules.excerpt(value);
  }

  /**
   * A message cut to {@link #MAX_MESSAGE_LENGTH} characters: its start and its end, which says
   * what was expected, with {@code ...} between.
   *
   * @param message the message
   * @return the message, or its start and end
   */
  public static String bounded(String message) {
    Objects.requireNonNull(message, "message");
    if (message.length() <= MAX_MESSAGE_LENGTH) {
      return message;
    }
    int tail = MAX_MESSAGE_LENGTH / 2;
    int start = message.length() - tail;
    // Neither half may end or start between the two halves of a surrogate pair.
    if (Character.isLowSurrogate(message.charAt(start))) {
      start++;
    }
    return head(message, MAX_MESSAGE_LENGTH - tail - 2 * CUT.length()) + " " + CUT + " " + message.substring(start);
  }

  private static String head(String s, int length) {
    int end = Character.isHighSurrogate(s.charAt(length - 1)) ? length - 1 : length;
    return s.substring(0, end);
  }
}
