package io.github.hindsight.judgement;

import java.util.ArrayList;
import java.util.List;

/** Lines that fit a screen: paragraphs wrapped, tables narrowed, at most {@link #WIDTH} columns. */
final class TextLayout {
  /** The widest line of a report. */
  static final int WIDTH = 100;
  /** The narrowest a table column is cut to. */
  private static final int NARROWEST = 4;

  private TextLayout() {}

  /** @return the paragraph in lines of at most {@link #WIDTH} columns, the lines after the first indented */
  static List<String> wrap(String paragraph, String indent) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.strip().split("\\s+")) {
      String w = word;
      while (w.length() > WIDTH - indent.length()) {
        // A word longer than a line is cut where the line ends.
        flush(out, line);
        int room = WIDTH - (out.isEmpty() ? 0 : indent.length());
        out.add((out.isEmpty() ? "" : indent) + w.substring(0, room));
        w = w.substring(room);
      }
      int start = out.isEmpty() ? 0 : indent.length();
      if (line.length() > 0 && start + line.length() + 1 + w.length() > WIDTH) {
        flush(out, line);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(w);
    }
    flush(out, line);
    for (int i = 1; i < out.size(); i++) {
      if (!out.get(i).startsWith(indent)) {
        out.set(i, indent + out.get(i));
      }
    }
    return out;
  }

  private static void flush(List<String> out, StringBuilder line) {
    if (line.length() > 0) {
      out.add(line.toString());
      line.setLength(0);
    }
  }

  /** @return the items joined with commas and "and": {@code a, b and c} */
  static String and(List<String> items) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** @return at most {@code most} items, then how many more there are: {@code a, b and 3 more} */
  static String some(List<String> items, int most) {
    if (items.size() <= most) {
      return and(items);
    }
    List<String> shown = new ArrayList<>(items.subList(0, most));
    shown.add((items.size() - most) + " more");
    return and(shown);
  }

  /**
   * The rows as columns two spaces apart, the first row the header. When they would be wider than
   * {@link #WIDTH}, the widest columns are cut, a cut cell ending in a full stop.
   */
  static List<String> table(List<List<String>> rows) {
    int n = rows.get(0).size();
    int[] widths = new int[n];
    for (List<String> row : rows) {
      for (int i = 0; i < n; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    while (sum(widths) + 2 * (n - 1) > WIDTH) {
      // Headers are cut before names: the name column only once every other is at its narrowest.
      int widest = -1;
      for (int i = 0; i < n; i++) {
        if (i != 1 && widths[i] > NARROWEST && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      widest = widest < 0 ? Math.min(1, n - 1) : widest;
      if (widths[widest] <= NARROWEST) {
        break;
      }
      widths[widest]--;
    }
    List<String> out = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String cell = row.get(i).length() > widths[i] ? row.get(i).substring(0, widths[i] - 1) + "." : row.get(i);
        line.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[i] - cell.length()));
      }
      String text = line.toString().stripTrailing();
      out.add(text.length() > WIDTH ? text.substring(0, WIDTH) : text);
    }
    return out;
  }

  private static int sum(int[] values) {
    int sum = 0;
    for (int v : values) {
      sum += v;
    }
    return sum;
  }
}
