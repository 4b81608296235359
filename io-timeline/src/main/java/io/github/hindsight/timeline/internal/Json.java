package io.github.hindsight.timeline.internal;

import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the few kinds of value a timeline holds: objects (maps, written in their
 * own order), arrays (lists), strings and integers. It indents by two spaces, so that a timeline is
 * readable and its golden file shows what changed. Strings are escaped as RFC 8259 requires, with
 * every control character and the line and paragraph separators written as a backslash, u and four hex digits.
 */
final class Json {
  private Json() {}

  /**
   * @param value a map, list, string or integer, nested as deep as needed
   * @return its JSON text, ending with a line break
   */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    value(value, out, "");
    return out.append('\n').toString();
  }

  private static void value(Object value, StringBuilder out, String indent) {
    if (value instanceof Map<?, ?> map) {
      object(map, out, indent);
    } else if (value instanceof List<?> list) {
      array(list, out, indent);
    } else if (value instanceof String text) {
      string(text, out);
    } else if (value instanceof Integer number) {
      out.append(number.intValue());
    } else {
      throw new IllegalArgumentException("not a JSON value of a timeline: " + value.getClass().getName());
    }
  }

  private static void object(Map<?, ?> map, StringBuilder out, String indent) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent + "  ";
    out.append("{\n");
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.append(first ? "" : ",\n").append(inner);
      string((String) e.getKey(), out);
      out.append(": ");
      value(e.getValue(), out, inner);
      first = false;
    }
    out.append('\n').append(indent).append('}');
  }

  private static void array(List<?> list, StringBuilder out, String indent) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    String inner = indent + "  ";
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      out.append(i == 0 ? "" : ",\n").append(inner);
      value(list.get(i), out, inner);
    }
    out.append('\n').append(indent).append(']');
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
