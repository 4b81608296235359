package io.github.hindsight.spi;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one exception readers and writers throw for content they cannot accept. It carries every
 * problem found, not just the first, each with its {@link Location}.
 *
 * <p>Reports are bounded, so that a small document with a million mistakes cannot exhaust memory:
 * a reader keeps the first {@link #MAX_PROBLEMS} problems of a document in full and then one
 * closing problem that says how many more it found
 * ({@link io.github.hindsight.spi.support.ProblemList} does this for a reader), and the message of
 * this exception lists at most {@link #MAX_PROBLEMS} problems, then how many more there are.
 */
public final class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The most problems a reader reports in full for one document, and the most this exception's
   * message lists: 100.
   */
  public static final int MAX_PROBLEMS = 100;

  private final transient ImmutableList<FormatProblem> problems;
  private final transient ImmutableList<FormatProblem> warnings;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; at least one
   */
  public FormatException(List<FormatProblem> problems) {
    this(problems, List.of());
  }

  /**
   * Creates the exception with the warnings found beside the problems, so that a person who fixes
   * the problems hears of everything else in the same report.
   *
   * @param problems every problem found; at least one
   * @param warnings every warning found, each message starting with {@code warning: }; may be empty
   */
  public FormatException(List<FormatProblem> problems, List<FormatProblem> warnings) {
    super(summary(Objects.requireNonNull(problems, "problems")));
    Objects.requireNonNull(warnings, "warnings");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a FormatException needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
    this.warnings = ImmutableList.copyOf(warnings);
  }

  /**
   * Creates the exception for one problem.
   *
   * @param location where it is
   * @param message what is wrong
   */
  public FormatException(Location location, String message) {
    this(List.of(FormatProblem.of(Objects.requireNonNull(location, "location"), Objects.requireNonNull(message, "message"))));
  }


  private static String summary(List<FormatProblem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    String listed = problems.stream().limit(MAX_PROBLEMS).map(FormatProblem::toString).collect(Collectors.joining("\n"));
    int more = problems.size() - MAX_PROBLEMS;
    return problems.size() + " problems:\n" + listed + (more > 0 ? "\nand " + more + " more" : "");
  }

  /** @return every problem, in the order of the document */
  public List<FormatProblem> problems() {
    return problems;
  }

  /**
   * The warnings found beside the problems, such as an actor with no objectives, in the order of
   * the documents; empty unless the reader checked for them (banks assembled from several parts
   * do).
   *
   * @return the warnings, each printing as {@code file:line:column: warning: message}
   */
  public List<FormatProblem> warnings() {
    return warnings;
  }
}
