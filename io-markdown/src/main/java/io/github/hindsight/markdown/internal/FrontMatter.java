package io.github.hindsight.markdown.internal;

import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The YAML front matter of one document, and the questions its readers ask of a mapping in it
 * (a single value, a list of values, unknown keys), each answer located in the document.
 */
final class FrontMatter {
  private final SectionContext ctx;
  private final @Nullable String text;
  private final int firstLine;
  private final int bodyFirstLine;

  FrontMatter(SectionContext ctx, Documents.Doc doc) {
    this.ctx = ctx;
    this.text = doc.frontMatter();
    this.firstLine = doc.frontMatterFirstLine();
    this.bodyFirstLine = doc.bodyFirstLine();
  }

  /** @return the front matter as a mapping, or null after reporting why there is none */
  Yaml.@Nullable Node read() {
    if (text == null) {
      ctx.located.problem(ctx.located.at(bodyFirstLine, 1), "missing front matter: expected the document to start with a line '---', then YAML such as 'id: my-question', then another '---'");
      return null;
    }
    Yaml.Node fm = null;
    try {
      fm = Yaml.read(text, firstLine);
    } catch (Yaml.SyntaxError e) {
      ctx.located.problem(ctx.located.at(e.line, e.column), e.getMessage());
    }
    if (fm != null && fm.map == null) {
      ctx.located.problem(valueAt(fm), "expected the front matter to be a YAML mapping such as 'id: my-question' but found " + fm.kind());
      return null;
    }
    return fm;
  }

  /** @return the id as written, whatever else is wrong, so that a bank can still tell it is taken */
  static @Nullable String rawId(Yaml.@Nullable Node fm) {
    Yaml.Node id = fm == null || fm.map == null ? null : fm.map.get("id");
    return id == null ? null : id.scalar;
  }

  Location keyAt(Yaml.Node map, String key) {
    int[] pos = map.keyPositions == null ? null : map.keyPositions.get(key);
    return pos == null ? valueAt(map) : ctx.located.at(pos[0], pos[1]);
  }

  Location valueAt(Yaml.Node node) {
    return ctx.located.at(node.line, node.column);
  }

  /** @return where the value of a key is; the key must be in the mapping */
  Location valueAt(Yaml.Node map, String key) {
    return valueAt(map.map.get(key));
  }

  /** @return the key's single value, or null if it is absent or (reported) not a single value */
  @Nullable String scalar(Yaml.@Nullable Node map, String key) {
    if (map == null || map.map == null) {
      return null;
    }
    Yaml.Node v = map.map.get(key);
    if (v == null) {
      return null;
    }
    if (v.scalar == null) {
      ctx.located.problem(valueAt(v), "'" + key + "' must be a single value but found " + v.kind());
      return null;
    }
    return v.scalar;
  }

  /** @return the key's list of single values, each registered at {@code path[k]}; empty if absent */
  List<String> scalars(Yaml.@Nullable Node map, String key, String path) {
    List<String> out = new ArrayList<>();
    if (map == null || map.map == null || !map.map.containsKey(key)) {
      return out;
    }
    Yaml.Node v = map.map.get(key);
    if (v.list == null) {
      ctx.located.problem(valueAt(v), "'" + key + "' must be a list such as [a, b] but found " + v.kind());
      return out;
    }
    for (Yaml.Node item : v.list) {
      if (item.scalar == null) {
        ctx.located.problem(valueAt(item), "each entry of '" + key + "' must be a single value but found " + item.kind());
      } else {
        ctx.located.path(path + "[" + out.size() + "]", valueAt(item));
        out.add(item.scalar);
      }
    }
    return out;
  }

  /** Reports each key not {@code known}, or, when lenient and {@code keepable}, keeps its entry as an extra. */
  void unknownKeys(Yaml.Node map, List<String> known, String what, boolean keepable) {
    if (map.map == null) {
      return;
    }
    for (String key : map.map.keySet()) {
      if (known.contains(key)) {
        continue;
      }
      Location at = keyAt(map, key);
      if (ctx.strict || !keepable) {
        ctx.located.problem(at, "unknown key '" + key + "' in " + what + "; expected one of " + String.join(", ", known));
      } else {
        ctx.keep(MarkdownIds.FRONT_MATTER, key, entry(at.line().orElse(firstLine)));
      }
    }
  }

  /** The raw lines of a top-level entry starting on a document line. */
  private String entry(int line) {
    String[] lines = text == null ? new String[] {""} : text.split("\n", -1);
    int first = line - firstLine;
    int last = first;
    while (last + 1 < lines.length && (lines[last + 1].isEmpty() || lines[last + 1].startsWith(" ") || lines[last + 1].startsWith("-") || lines[last + 1].startsWith("#"))) {
      last++;
    }
    while (last > first && lines[last].isBlank()) {
      last--;
    }
    return String.join("\n", List.of(lines).subList(first, last + 1));
  }
}
