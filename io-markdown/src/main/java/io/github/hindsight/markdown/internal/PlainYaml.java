package io.github.hindsight.markdown.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The front matter the writer makes, read without the YAML parser, whose set-up costs more than
 * the few lines of a question's front matter: block mappings and block sequences indented by
 * spaces, plain scalars that can only be text, double-quoted scalars with the writer's escapes,
 * and flow sequences of plain scalars. For anything else, down to a second space after a colon,
 * it gives up and the YAML parser reads the text, so that the parser alone decides what other
 * YAML means and words every error. What it does read, it reads into the nodes the parser would
 * give, at the same lines and columns.
 */
final class PlainYaml {
  /** Plain scalars that YAML reads as other than text, in any case. */
  private static final Set<String> NOT_TEXT = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "nan", "inf", "~");
  /**
   * Bounds far below the limits the YAML parser enforces (nesting, and the length of a name or a
   * number), past which it is left to the parser, so that its refusals stay the only ones.
   */
  private static final int MAX_DEPTH = 32;
  private static final int MAX_WORD = 256;

  private final String[] lines;
  private final int firstLine;
  private int next;
  private int depth;

  private PlainYaml(String[] lines, int firstLine) {
    this.lines = lines;
    this.firstLine = firstLine;
  }

  /**
   * @param text the front matter
   * @param firstLine the document's line of its first line
   * @return the root mapping, or null where the text is more than this reader takes on
   */
  static Yaml.@Nullable Node read(String text, int firstLine) {
    if (text.isEmpty() || text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0 || text.charAt(0) == ' ') {
      return null;
    }
    PlainYaml y = new PlainYaml(text.split("\n", -1), firstLine);
    Yaml.Node root = y.mapping(0, false);
    return root != null && y.next == y.lines.length ? root : null;
  }

  /**
   * The mapping whose keys stand at {@code indent} from the current line on.
   *
   * @param inline whether its first key follows a sequence's {@code - } on the current line
   */
  private Yaml.@Nullable Node mapping(int indent, boolean inline) {
    if (++depth > MAX_DEPTH) {
      return null;
    }
    int line = next;
    Map<String, Yaml.Node> map = new LinkedHashMap<>();
    Map<String, int[]> keys = new LinkedHashMap<>();
    for (boolean first = true; next < lines.length; first = false) {
      String l = lines[next];
      int at = first && inline ? indent : indentOf(l);
      if (at < indent) {
        break;
      }
      int colon = keyEnd(l, at);
      if (at > indent || colon < 0) {
        return null;
      }
      String key = l.substring(at, colon);
      if (map.containsKey(key)) {
        return null;
      }
      keys.put(key, new int[] {firstLine + next, at + 1});
      Yaml.Node value;
      if (colon + 1 == l.length()) {
        next++;
        value = nested(at);
      } else {
        value = l.charAt(colon + 2) == '[' ? flow(l, colon + 2) : scalar(l, colon + 2);
        next++;
      }
      if (value == null) {
        return null;
      }
      map.put(key, value);
    }
    depth--;
    return new Yaml.Node(firstLine + line, indent + 1, null, map, keys, null);
  }

  /** The mapping or sequence under a key with nothing after its colon, indented further. */
  private Yaml.@Nullable Node nested(int keyIndent) {
    if (next == lines.length) {
      return null;
    }
    String l = lines[next];
    int at = indentOf(l);
    if (at <= keyIndent || at == l.length()) {
      return null;
    }
    return l.startsWith("- ", at) ? sequence(at) : mapping(at, false);
  }

  private Yaml.@Nullable Node sequence(int indent) {
    if (++depth > MAX_DEPTH) {
      return null;
    }
    int line = next;
    List<Yaml.Node> items = new ArrayList<>();
    while (next < lines.length) {
      String l = lines[next];
      int at = indentOf(l);
      if (at < indent) {
        break;
      }
      if (at > indent || !l.startsWith("- ", at) || l.length() == at + 2 || l.charAt(at + 2) == ' ') {
        return null;
      }
      Yaml.Node item;
      if (keyEnd(l, at + 2) >= 0) {
        item = mapping(at + 2, true);
      } else {
        item = scalar(l, at + 2);
        next++;
      }
      if (item == null) {
        return null;
      }
      items.add(item);
    }
    depth--;
    return new Yaml.Node(firstLine + line, indent + 1, null, null, null, items);
  }

  /** A flow sequence that ends the line, such as {@code [a, b]}, of plain words only. */
  private Yaml.@Nullable Node flow(String l, int open) {
    List<Yaml.Node> items = new ArrayList<>();
    int i = open + 1;
    if (l.length() == i + 1 && l.charAt(i) == ']') {
      return new Yaml.Node(firstLine + next, open + 1, null, null, null, items);
    }
    while (true) {
      int end = i;
      while (end < l.length() && l.charAt(end) != ',' && l.charAt(end) != ']') {
        end++;
      }
      if (end == l.length() || !isText(l.substring(i, end), true)) {
        return null;
      }
      items.add(new Yaml.Node(firstLine + next, i + 1, l.substring(i, end), null, null, null));
      if (l.charAt(end) == ']') {
        return end + 1 == l.length() ? new Yaml.Node(firstLine + next, open + 1, null, null, null, items) : null;
      }
      if (end + 2 >= l.length() || l.charAt(end + 1) != ' ' || l.charAt(end + 2) == ' ') {
        return null;
      }
      i = end + 2;
    }
  }

  /** A scalar from {@code from} to the end of the line. */
  private Yaml.@Nullable Node scalar(String l, int from) {
    String value = l.charAt(from) == '"' ? quoted(l, from) : isText(l.substring(from), false) ? l.substring(from) : null;
    return value == null ? null : new Yaml.Node(firstLine + next, from + 1, value, null, null, null);
  }

  /** A double-quoted scalar that ends the line, with only the escapes the writer uses. */
  private static @Nullable String quoted(String l, int open) {
    StringBuilder sb = new StringBuilder(l.length() - open);
    for (int i = open + 1; i < l.length(); i++) {
      char c = l.charAt(i);
      if (c == '"') {
        return i + 1 == l.length() ? sb.toString() : null;
      }
      if (c == '\\') {
        char e = i + 1 < l.length() ? l.charAt(i + 1) : 0;
        if (e == '"' || e == '\\') {
          sb.append(e);
          i++;
        } else if (e == 'u' && i + 6 <= l.length() && isHex(l, i + 2, i + 6)) {
          sb.append((char) Integer.parseInt(l, i + 2, i + 6, 16));
          i += 5;
        } else {
          return null;
        }
      } else if (c < 0x20 || c >= 0x7F && c < 0xA0 || c >= 0xFFFE || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
        return null;
      } else {
        sb.append(c);
      }
    }
    return null;
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a plain scalar is text as written: a letter or digit first, then letters, digits,
   * spaces (not in a flow) and a few marks that start nothing, no space at the end, and no
   * word that YAML reads as a truth value, a null or a special number.
   */
  private static boolean isText(String s, boolean inFlow) {
    if (s.isEmpty() || s.length() > MAX_WORD || !isAsciiLetterOrDigit(s.charAt(0)) || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '-' && c != '.' && c != '\'' && c != '/' && (inFlow || c != ' ' && c != ',' && c != '(' && c != ')')) {
        return false;
      }
    }
    return !NOT_TEXT.contains(s.toLowerCase(Locale.ROOT));
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** @return the index of the colon after a key starting at {@code at}, followed by a space or the end of the line; -1 if none */
  private static int keyEnd(String l, int at) {
    int i = at;
    if (i >= l.length() || !isAsciiLetterOrDigit(l.charAt(i))) {
      return -1;
    }
    while (i < l.length() && (isAsciiLetterOrDigit(l.charAt(i)) || l.charAt(i) == '-' || l.charAt(i) == '_')) {
      i++;
    }
    if (i - at > MAX_WORD || NOT_TEXT.contains(l.substring(at, i).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    boolean colon = i < l.length() && l.charAt(i) == ':' && (i + 1 == l.length() || l.charAt(i + 1) == ' ' && i + 2 < l.length() && l.charAt(i + 2) != ' ');
    return colon ? i : -1;
  }

  private static int indentOf(String l) {
    int i = 0;
    while (i < l.length() && l.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
