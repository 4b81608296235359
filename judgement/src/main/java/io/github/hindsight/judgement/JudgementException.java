package io.github.hindsight.judgement;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a question cannot be judged under a configuration: the question is invalid, the
 * configuration names what the question does not have, a custom measure is not registered, or
 * the readings would give too many scenarios. It lists every problem found, not just the first.
 */
public final class JudgementException extends IllegalArgumentException {
  /** Every problem found, one sentence each. */
  private final ImmutableList<String> problems;

  /**
   * A failure with its problems.
   *
   * @param question the id of the question being judged
   * @param problems every problem found, at least one
   */
  public JudgementException(String question, List<String> problems) {
    super(message(Objects.requireNonNull(question, "question"), Objects.requireNonNull(problems, "problems")));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(String question, List<String> problems) {
    StringBuilder sb = new StringBuilder("cannot judge question '").append(question).append("': ")
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (String p : problems) {
      sb.append("\n  - ").append(p);
    }
    return sb.toString();
  }

  /**
   * Every problem found.
   *
   * @return the problems, one sentence each
   */
  public List<String> problems() {
    return problems;
  }
}
