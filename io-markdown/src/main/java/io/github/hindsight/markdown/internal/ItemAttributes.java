package io.github.hindsight.markdown.internal;

import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** The {@code {#id key=value}} attributes at the end of an item's line. */
final class ItemAttributes {
  private final SectionContext ctx;
  final @Nullable String id;
  final Map<String, String> values = new LinkedHashMap<>();
  final Location at;

  /**
   * Reads the attributes, reporting a missing id and each unknown key.
   *
   * @param ctx the document's context
   * @param line the item's line
   * @param what the item for messages, such as "an objective"
   * @param keys the keys the item allows besides its id
   */
  ItemAttributes(SectionContext ctx, ItemLine line, String what, List<String> keys) {
    this.ctx = ctx;
    this.at = line.attrs == null ? ctx.at(line.node) : ctx.at(line.attrs);
    if (line.attrs == null) {
      ctx.located.problem(at, what + " has no id: expected its id at the end of the line in the form `{#some-id}`");
      this.id = null;
      return;
    }
    String found = null;
    String inner = line.attrs.getLiteral().substring(1, line.attrs.getLiteral().length() - 1).trim();
    for (String token : tokens(inner)) {
      if (token.startsWith("#") && found == null) {
        found = token.substring(1);
        continue;
      }
      int eq = token.indexOf('=');
      String key = eq < 0 ? token : token.substring(0, eq);
      String value = eq < 0 ? "yes" : token.substring(eq + 1);
      if (!keys.contains(key)) {
        ctx.located.problem(at, "unknown attribute '" + token + "' of " + what + "; expected #id"
            + (keys.isEmpty() ? "" : " and " + withValues(keys)));
      } else {
        values.put(key, value);
      }
    }
    this.id = found;
    if (found == null) {
      ctx.located.problem(at, what + " has no id: expected `{#some-id ...}` but found `" + line.attrs.getLiteral() + "`");
    } else {
      ctx.defined(found);
    }
  }

  /** @return the keys as an author writes them, such as {@code horizon=..., basis=...} */
  private static String withValues(List<String> keys) {
    StringJoiner j = new StringJoiner(", ");
    for (String k : keys) {
      j.add(k + "=...");
    }
    return j.toString();
  }

  /** The words of the attributes, split at runs of white space as {@code \s+} splits them, without empty ones. */
  private static List<String> tokens(String inner) {
    List<String> out = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= inner.length(); i++) {
      boolean space = i == inner.length() || MarkdownText.isPatternSpace(inner.charAt(i));
      if (space && start >= 0) {
        out.add(inner.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }

  /** @return the attribute's value as one of a set of words, or null if it is absent or (reported) not one of them */
  <E> @Nullable E word(String key, WordSet<E> words) {
    String v = values.get(key);
    if (v == null) {
      return null;
    }
    try {
      return words.fromWord(v);
    } catch (IllegalArgumentException e) {
      ctx.located.problem(at, key + ": " + e.getMessage());
      return null;
    }
  }
}
