package io.github.hindsight.markdown.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * The front matter's YAML: a small emitter whose output is stable byte for byte, and a reader that
 * keeps the line and column of every value for problem reports.
 */
final class Yaml {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ,.'()/-]*");
  private static final Pattern PLAIN_IN_FLOW = Pattern.compile("[A-Za-z][A-Za-z0-9.'/-]*");
  private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "nan", "inf");
  /**
   * The token stream alone: data binding would load some hundreds of classes that reading tokens
   * never uses. The parser's settings are the defaults it would build for itself, built once: a
   * bank of small documents otherwise builds them for every front matter.
   */
  private static final YAMLFactory FACTORY = YAMLFactory.builder().loadSettings(LoadSettings.builder().build()).build();

  /** The longest front matter read, in characters; real front matter is a few hundred. */
  static final int MAX_FRONT_MATTER = 64 * 1024;

  private Yaml() {}

  /**
   * A scalar as YAML: plain when that cannot be misread, otherwise double-quoted.
   *
   * @param text the text
   * @param inFlow whether it stands in a flow sequence such as {@code [a, b]}
   * @return the YAML scalar
   */
  static String scalar(String text, boolean inFlow) {
    if ((inFlow ? PLAIN_IN_FLOW : PLAIN).matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (printable(c)) {
            sb.append(c);
          } else {
            sb.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /**
   * Whether a character may stand as itself in a double-quoted scalar. The YAML parser refuses
   * what YAML does not call printable (C0 and C1 controls but tab, DEL, U+FFFE, U+FFFF) even
   * inside quotes, and reads a line or paragraph separator or a byte-order mark as other than
   * text; all of these are written as escapes, which it reads back as the character.
   */
  private static boolean printable(char c) {
    return c == '\t' || (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0xFFFE && c != '\u2028' && c != '\u2029' && c != '\uFEFF');
  }

  /** A YAML value read with where it was. */
  static final class Node {
    final int line;
    final int column;
    final @Nullable String scalar;
    final @Nullable Map<String, Node> map;
    final @Nullable Map<String, int[]> keyPositions;
    final @Nullable List<Node> list;

    Node(int line, int column, @Nullable String scalar, @Nullable Map<String, Node> map, @Nullable Map<String, int[]> keyPositions, @Nullable List<Node> list) {
      this.line = line;
      this.column = column;
      this.scalar = scalar;
      this.map = map;
      this.keyPositions = keyPositions;
      this.list = list;
    }

    String kind() {
      return scalar != null ? "a single value" : map != null ? "a mapping" : list != null ? "a list" : "nothing";
    }
  }

  /** A YAML syntax error with where it was found. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    SyntaxError(int line, int column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  /**
   * Reads YAML text into nodes.
   *
   * @param text the YAML
   * @param firstLine the line of the document on which the YAML starts
   * @return the root, or a node of nothing for empty text
   * @throws SyntaxError if the YAML is malformed
   */
  static Node read(String text, int firstLine) throws SyntaxError {
    if (text.length() > MAX_FRONT_MATTER) {
      // Checked before parsing: the YAML parser's memory grows far faster than the text.
      throw new SyntaxError(firstLine, 1, "the front matter has " + text.length() + " characters; expected at most " + MAX_FRONT_MATTER);
    }
    Node plain = PlainYaml.read(text, firstLine);
    return plain != null ? plain : readWithParser(text, firstLine);
  }

  /**
   * Reads YAML text with the YAML parser, whatever it holds; for tests, which compare it with
   * {@link PlainYaml}.
   *
   * @return as {@link #read(String, int)}
   * @throws SyntaxError if the YAML is malformed
   */
  static Node readWithParser(String text, int firstLine) throws SyntaxError {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Node(firstLine, 1, null, null, null, null);
      }
      return node(p, firstLine);
    } catch (JacksonException e) {
      // The YAML parser's own marks locate the error; the location Jackson adds is that of its last token.
      YamlMessages.Translated t = YamlMessages.translate(e.getOriginalMessage(), text, firstLine);
      TokenStreamLocation at = e.getLocation();
      int line = t.line() > 0 ? firstLine + t.line() - 1 : at == null || at.getLineNr() < 1 ? firstLine : firstLine + at.getLineNr() - 1;
      int column = t.line() > 0 ? t.column() : at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
      return rethrow(new SyntaxError(line, column, t.message()));
    }
  }

  private static Node rethrow(SyntaxError e) throws SyntaxError {
    throw e;
  }

  private static Node node(JsonParser p, int firstLine) {
    TokenStreamLocation at = p.currentTokenLocation();
    int line = firstLine + at.getLineNr() - 1;
    int column = at.getColumnNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Node> map = new LinkedHashMap<>();
      Map<String, int[]> keys = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        TokenStreamLocation k = p.currentTokenLocation();
        keys.put(name, new int[] {firstLine + k.getLineNr() - 1, k.getColumnNr()});
        p.nextToken();
        map.put(name, node(p, firstLine));
      }
      return new Node(line, column, null, map, keys, null);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> list = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(node(p, firstLine));
      }
      return new Node(line, column, null, null, null, list);
    }
    if (t == JsonToken.VALUE_NULL) {
      return new Node(line, column, null, null, null, null);
    }
    return new Node(line, column, p.getString(), null, null, null);
  }
}
