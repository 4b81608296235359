package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.ModelPath;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The reader's limits, applied by the writer to a document it has rendered and not yet written,
 * so that nothing is written that the reader would refuse. The checks are the reader's own, on the
 * very text the reader would see; each refusal names the value that broke the limit.
 */
final class WriterLimits {
  private static final String CLOSE = "\n---\n";

  private WriterLimits() {}

  /**
   * Refuses a rendered document that the reader would refuse.
   *
   * @param document the document, starting with its front matter
   * @param linePaths for each line of the document, the model path of the value written on it
   * @param source the question's or topic's id, the source of the problems
   * @throws FormatException naming the value at fault, for each limit broken
   */
  static void refuseWhatTheReaderRefuses(CharSequence document, List<ModelPath> linePaths, String source) {
    List<FormatProblem> problems = new ArrayList<>();
    String text = document.toString();
    int close = text.indexOf(CLOSE, 3);
    int frontMatterLength = close - 4;
    if (frontMatterLength > Yaml.MAX_FRONT_MATTER) {
      problems.add(problem(source, linePaths.get(longestLine(text, close)),
          "this value makes the front matter " + frontMatterLength + " characters long; the Markdown reader reads at most " + Yaml.MAX_FRONT_MATTER));
    }
    int bodyStart = close + CLOSE.length();
    // No paragraph can hold more brackets than the whole body: most bodies need no closer look.
    OptionalInt over = count(text, bodyStart, '[') <= BracketLimit.MAX_OPENERS ? OptionalInt.empty()
        : BracketLimit.firstOverLimit(text.length() - bodyStart, i -> text.charAt(bodyStart + i));
    if (over.isPresent()) {
      int line = (int) text.substring(0, bodyStart + over.getAsInt()).chars().filter(c -> c == '\n').count();
      problems.add(problem(source, linePaths.get(line), "this value puts more than " + BracketLimit.MAX_OPENERS
          + " '[' in one paragraph; the Markdown reader reads at most " + BracketLimit.MAX_OPENERS + " a paragraph"));
    }
    if (!problems.isEmpty()) {
      throw new FormatException(problems);
    }
  }

  private static int count(String text, int from, char c) {
    int n = 0;
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** @return the index of the longest line of the front matter, which ends at {@code close} */
  private static int longestLine(String text, int close) {
    int longest = 1;
    int longestLength = -1;
    int line = 1;
    for (int start = 4; start <= close; line++) {
      int end = text.indexOf('\n', start);
      if (end - start > longestLength) {
        longest = line;
        longestLength = end - start;
      }
      start = end + 1;
    }
    return longest;
  }

  private static FormatProblem problem(String source, ModelPath path, String message) {
    return FormatProblem.of(Location.at(source, path), message);
  }
}
