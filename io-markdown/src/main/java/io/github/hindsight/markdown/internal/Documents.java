package io.github.hindsight.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a text into documents. A document starts with front matter: a line {@code ---} (the
 * first line, or one after a blank line) followed by YAML lines without a blank line and a
 * closing {@code ---}. A question bank in one file is a series of such documents.
 */
final class Documents {
  private Documents() {}

  /**
   * One document.
   *
   * @param firstLine the line it starts on, from 1
   * @param frontMatter the YAML between the two {@code ---} lines, or null if there is none
   * @param frontMatterFirstLine the line of the first YAML line
   * @param body the Markdown after the front matter
   * @param bodyFirstLine the line of the first body line
   */
  record Doc(int firstLine, @Nullable String frontMatter, int frontMatterFirstLine, BodyText body, int bodyFirstLine) {}

  static String normalise(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * @param text the text, held in memory
   * @param source its name, for the problem of a lone surrogate
   * @return its documents
   * @throws io.github.hindsight.spi.FormatException at a lone surrogate
   */
  static List<Doc> split(String text, String source) {
    String[] lines = normalise(text).split("\n", -1);
    BodyText.requireWholeCharacters(lines, source);
    List<int[]> starts = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals("---") && (i == 0 || lines[i - 1].isBlank())) {
        int close = closing(lines, i);
        if (close > 0) {
          starts.add(new int[] {i, close});
          i = close;
        }
      }
    }
    List<Doc> docs = new ArrayList<>();
    if (starts.isEmpty() || starts.get(0)[0] > 0 && !blank(lines, 0, starts.get(0)[0])) {
      int end = starts.isEmpty() ? lines.length : starts.get(0)[0];
      docs.add(new Doc(1, null, 1, BodyText.of(lines, 0, end), 1));
    }
    for (int k = 0; k < starts.size(); k++) {
      int open = starts.get(k)[0];
      int close = starts.get(k)[1];
      int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : lines.length;
      // A document that ends on its closing '---', with no line break after it, has no body line: its body is placed on the '---'.
      docs.add(new Doc(open + 1, join(lines, open + 1, close), open + 2, BodyText.of(lines, close + 1, end), Math.min(close + 2, lines.length)));
    }
    return docs;
  }

  private static int closing(String[] lines, int open) {
    for (int j = open + 1; j < lines.length; j++) {
      if (lines[j].equals("---")) {
        return j;
      }
      if (lines[j].isBlank()) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean blank(String[] lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!lines[i].isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String join(String[] lines, int from, int to) {
    return String.join("\n", java.util.Arrays.asList(lines).subList(from, Math.max(from, to)));
  }
}
