package io.github.hindsight.spi;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one exception readers and writers throw for content they cannot accept. It carries every
 * problem found, not just the first, each with its {@link Location}.
 */
public final class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<FormatProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; at least one
   */
  public FormatException(List<FormatProblem> problems) {
    super(summary(Objects.requireNonNull(problems, "problems")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a FormatException needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
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
    return problems.size() == 1
        ? problems.get(0).toString()
        : problems.size() + " problems:\n" + problems.stream().map(FormatProblem::toString).collect(Collectors.joining("\n"));
  }

  /** @return every problem, in the order of the document */
  public List<FormatProblem> problems() {
    return problems;
  }
}
