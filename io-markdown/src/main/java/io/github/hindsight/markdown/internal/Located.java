package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.ModelPath;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.Location;
import io.github.hindsight.spi.support.ProblemList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of one document, and where each part of the model was read, so that a model path
 * such as {@code objectives[3].actors[0]} from validation can be reported at its line and column.
 * The problems are bounded as {@link ProblemList} bounds them: the first hundred, then a count.
 *
 * <p>Where each part was read is recorded only when asked: a document is first read without, and
 * read again with the record when it turns out to have problems or when a problem found later,
 * such as a broken link between documents, must be located. A document that reads cleanly so
 * costs no map of its paths.
 */
final class Located {
  /** The order of a text's problems: by line and column, across the documents of a text too. */
  static final Comparator<FormatProblem> IN_THE_TEXT = new InTheText();

  private final String source;
  private final ProblemList problems = new ProblemList();
  private final Map<String, Location> paths = new HashMap<>();
  private final boolean recording;

  /**
   * @param source the name for locations
   * @param recording whether to record where each part was read
   */
  Located(String source, boolean recording) {
    this.source = source;
    this.recording = recording;
  }

  /** @return whether where each part was read is recorded */
  boolean recording() {
    return recording;
  }

  String source() {
    return source;
  }

  Location at(int line, int column) {
    return Location.at(source, line, column);
  }

  void problem(Location at, String message) {
    problems.add(FormatProblem.of(at, message));
  }

  /** @return true if a problem has been found */
  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** @return the problems kept, in the order of the document, then the count of the others if any */
  List<FormatProblem> problems() {
    return problems.problems(IN_THE_TEXT);
  }

  /** @return the problems, bounded, to add to those of other documents of the same text */
  ProblemList list() {
    return problems;
  }

  /** @return the problems as one exception, as {@link #problems()} lists them */
  FormatException failure() {
    return problems.failure(IN_THE_TEXT);
  }

  void path(String path, Location at) {
    if (recording) {
      paths.putIfAbsent(path, at);
    }
  }

  /**
   * Where a model path was read: the path itself, or the nearest enclosing part that was read.
   *
   * @param path such as {@code objectives[3].outcome.evidence[1]}
   * @return the location, or the start of the document
   */
  Location locate(ModelPath path) {
    return locate(path.toString());
  }

  /** As {@link #locate(ModelPath)}, for a path in the printed form the reader records paths in. */
  Location locate(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Location at = paths.get(p);
      if (at != null) {
        return at;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    Location start = paths.get("");
    return start != null ? start : at(1, 1);
  }

  /**
   * Reports a construction error of a model value as a problem. The path in the error, such as
   * {@code id} of an objective, is looked up among the paths under {@code prefix}.
   *
   * @param prefix the model path of the value, such as {@code objectives[3]}
   * @param what the value's kind for the message, such as {@code objective}
   * @param e the error: an {@link InvalidModelException}, or the {@link IllegalStateException} of a builder
   */
  void buildFailed(String prefix, String what, RuntimeException e) {
    // Immutables names the required attributes that were never set, with no path.
    String path = e instanceof InvalidModelException invalid ? pathOf(prefix, invalid) : prefix;
    problem(locate(path), what + ": " + e.getMessage());
  }

  /**
   * The model path, in the printed form the reader records, of the value a construction error is
   * about: {@code id} of the objective under {@code objectives[3]} is {@code objectives[3].id}.
   */
  private static String pathOf(String prefix, InvalidModelException e) {
    String within = e.path().toString();
    return prefix.isEmpty() || within.isEmpty() || within.startsWith("[") ? prefix + within : prefix + "." + within;
  }

  private static final class InTheText implements Comparator<FormatProblem> {
    @Override
    public int compare(FormatProblem a, FormatProblem b) {
      int byLine = Integer.compare(a.location().line().orElse(0), b.location().line().orElse(0));
      return byLine != 0 ? byLine : Integer.compare(a.location().column().orElse(0), b.location().column().orElse(0));
    }
  }
}
