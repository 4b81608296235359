package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.Extra;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/**
 * What the readers of one document's parts share: where things are and the problems found
 * ({@link Located}), the Markdown body, strict or lenient reading, the extras that lenient reading
 * keeps, and the ids seen so far.
 */
final class SectionContext {
  final Located located;
  final MarkdownBody body;
  final boolean strict;
  private final List<Extra> extras = new ArrayList<>();
  /** For each kind of id, the line each id was first written on; keyed by the ids the model keeps, so no new strings. */
  private final Map<String, Map<String, Integer>> ids = new HashMap<>();
  /** Every id written in the document, even on an item that could not be built. */
  private final Set<String> defined = new HashSet<>();

  SectionContext(Located located, MarkdownBody body, boolean strict) {
    this.located = located;
    this.body = body;
    this.strict = strict;
  }

  /** @return where a node starts in the document */
  Location at(Node node) {
    return body.at(node);
  }

  /** @param id an id written in the document, whether or not its item can be built */
  void defined(String id) {
    // Only asked of a document with problems, which is read again with its paths recorded.
    if (located.recording()) {
      defined.add(id);
    }
  }

  /** @return whether the id was written in the document */
  boolean isDefined(String id) {
    return defined.contains(id);
  }

  /** @return the extras kept, in document order */
  List<Extra> extras() {
    return extras;
  }

  /** Keeps content that lenient reading does not understand, to be written back where it was. */
  void keep(String location, String name, String content) {
    extras.add(Extra.builder().format(MarkdownIds.MARKDOWN).location(location).name(name).content(content).build());
  }

  /** A block where the grammar expects another: a problem when strict, kept after {@code anchor} otherwise. */
  void stray(Node block, String anchor, String expected) {
    if (strict) {
      located.problem(at(block), "unexpected " + MarkdownBody.describe(block) + "; expected " + expected);
    } else {
      keep(MarkdownIds.AFTER + anchor, "text", body.lines(body.firstLine(block), body.lastLine(block), 0));
    }
  }

  /** A field the grammar does not know: a problem when strict (or with no id to keep it by), kept with its item otherwise. */
  void unknownField(String section, @Nullable String id, ListItem item, ItemLine line, String what, List<String> expected) {
    String kept = strict || id == null ? null : keptField(item);
    if (kept == null) {
      located.problem(line.leadAt(), "unknown field '" + (line.lead == null ? MarkdownBody.trim(body.raw(line.node)) : line.label()) + "' of " + what
          + "; expected " + (expected.isEmpty() ? "no fields" : "one of " + labels(expected)));
    } else {
      keep(MarkdownIds.ITEM + section + "/" + id, line.lead == null || line.label().isEmpty() ? "text" : line.label(), kept);
    }
  }

  /** @return the labels as an author writes them, such as {@code **Why:**, **Evidence:**} */
  private static String labels(List<String> expected) {
    StringJoiner j = new StringJoiner(", ");
    for (String e : expected) {
      j.add("**" + e + ":**");
    }
    return j.toString();
  }

  /**
   * The text of a field kept by lenient reading, as the writer will put it back: among fields of
   * its own, which are {@code -} bullets. A field written with {@code *} or {@code +} would start a
   * list of its own there and be read again somewhere else, so its marker becomes {@code -}.
   *
   * @return the text, or null where the changed marker would change what the line is (a
   *     {@code * --} item would become a thematic break), so the field cannot be kept
   */
  private @Nullable String keptField(ListItem item) {
    int firstLine = body.firstLine(item);
    int lastLine = body.lastLine(item);
    // The item's span starts before the spaces in front of its marker; those are not content.
    Integer markerIndent = item.getMarkerIndent();
    int indent = at(item).column().orElse(1) - 1 + (markerIndent == null ? 0 : markerIndent);
    String text = body.lines(firstLine, lastLine, indent);
    if (text.isEmpty() || text.charAt(0) == '-') {
      return text;
    }
    String dashed = '-' + text.substring(1);
    int end = dashed.indexOf('\n');
    String first = end < 0 ? dashed : dashed.substring(0, end);
    return isThematicBreak(first) ? null : dashed;
  }

  /** @return whether the line holds three dashes or more and nothing but spaces and tabs besides */
  private static boolean isThematicBreak(String line) {
    int dashes = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '-') {
        dashes++;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return dashes >= 3;
  }

  /** @return whether the id is given and new among the ids of its kind; a repeated one is a problem */
  boolean uniqueId(String kind, @Nullable String id, Location at) {
    if (id == null) {
      return false;
    }
    Map<String, Integer> ofKind = ids.get(kind);
    if (ofKind == null) {
      ofKind = new HashMap<>();
      ids.put(kind, ofKind);
    }
    Integer first = ofKind.putIfAbsent(id, at.line().orElse(0));
    if (first != null) {
      located.problem(at, "duplicate " + kind + " id '" + id + "' (first at line " + first + "); expected every " + kind + " id once");
      return false;
    }
    return true;
  }

  /** @return the word as one of a set of words (such as an outcome), or null after reporting it in the author's spelling */
  <E> @Nullable E word(String written, Location at, WordSet<E> words) {
    String word = MarkdownText.word(written);
    try {
      return words.fromWord(word);
    } catch (IllegalArgumentException e) {
      located.problem(at, e.getMessage().replace("'" + word + "'", "'" + written + "'"));
      return null;
    }
  }

  /** @return the date, or null after reporting it */
  @Nullable HistoricalDate date(String written, Location at) {
    try {
      return HistoricalDate.parse(written);
    } catch (IllegalArgumentException e) {
      located.problem(at, e.getMessage());
      return null;
    }
  }
}
