package io.github.hindsight.gift.internal;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.support.AbstractExportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the quizzes of some questions as one GIFT document: a comment naming the export and the
 * category {@code hindsight}, then for each question a comment with its prompt, the category
 * {@code hindsight/<question-id>} and its quiz questions, each on one line and followed by a blank
 * line, as GIFT separates questions. A document always has its category, so that even one of no
 * quiz questions is one the parser accepts. Text is written {@code [plain]}, so that Moodle shows
 * {@code <b>} as written rather than as markup. Topics have no place in a quiz and are left out.
 */
public final class GiftWriter extends AbstractExportWriter {
  /** The first line of every document. */
  static final String HEADER = "// A Moodle quiz written by Hindsight: import it as GIFT format.\n";

  /** The Moodle category of the quiz; each question's quiz is a category within it, named by its id. */
  static final String CATEGORY = "$CATEGORY: hindsight";

  /** For the format's provider. */
  public GiftWriter() {}

  @Override
  protected void writeDocument(List<Question> questions, List<Topic> topics, OutputStream out) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n').append(CATEGORY).append("\n\n");
    for (Question question : questions) {
      text.append("// ").append(question.id()).append(": ").append(question.prompt()).append('\n');
      text.append(CATEGORY).append('/').append(question.id()).append("\n\n");
      for (QuizItem item : Quiz.of(question)) {
        text.append(line(item)).append("\n\n");
      }
    }
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** {@code ::title::[plain]stem {=right ~wrong ...}} */
  static String line(QuizItem item) {
    StringBuilder line = new StringBuilder("::").append(escape(item.title())).append("::[plain]").append(escape(item.stem()));
    line.append(" {=").append(escape(item.right()));
    item.wrong().forEach(w -> line.append(" ~").append(escape(w)));
    return line.append('}').toString();
  }

  /**
   * Text as GIFT reads it back: a backslash before each of {@code ~ = # { } :} and before a
   * backslash itself, so that {@code \n} in the text is not read as a line break.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("~=#{}:\\".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
