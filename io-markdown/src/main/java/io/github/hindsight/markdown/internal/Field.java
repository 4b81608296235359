package io.github.hindsight.markdown.internal;

import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * One field of an item: a {@code - **Label:** value} bullet, possibly with bullets of its own.
 *
 * @param item the bullet
 * @param line its first line
 * @param nested its own bullets, if any
 */
record Field(ListItem item, ItemLine line, @Nullable BulletList nested) {
  /** The label of an effect on an actor, such as {@code Negative for}. */
  static final Pattern EFFECT_LABEL = Pattern.compile("(?i)(\\S+) for");
  private static final List<String> LABELS = List.of("Kind", "Role", "Members", "Represented by", "Identifier", "Why", "Evidence", "Before the evidence came out",
      "Then", "Known from", "Source", "About", "Held by", "View", "Period", "Author", "Locator", "Favours", "Work", "Date", "School", "Nature",
      "Origin", "Purpose", "Supported by", "Challenged by", "From", "Until", "Quantity", "Stance");

  /**
   * The fields of a list, each bullet's stray blocks reported.
   *
   * @param ctx the document's context
   * @param list the bullets, or null for none
   * @param what the item for messages, such as "an actor"
   * @return the fields in order
   */
  static List<Field> of(SectionContext ctx, @Nullable Node list, String what) {
    List<Field> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      Node first = item.getFirstChild();
      if (!(first instanceof Paragraph)) {
        ctx.located.problem(ctx.at(item), "expected a field of " + what + " such as '- **Why:** ...' but found an empty bullet");
        continue;
      }
      BulletList nested = null;
      for (Node n = first.getNext(); n != null; n = n.getNext()) {
        if (n instanceof BulletList b && nested == null) {
          nested = b;
        } else {
          ctx.located.problem(ctx.at(n), "unexpected " + MarkdownBody.describe(n) + " inside a field of " + what + "; expected only nested bullets");
        }
      }
      out.add(new Field((ListItem) item, new ItemLine(ctx, first), nested));
    }
    return out;
  }

  /** @return whether the field's label is this one, in any case */
  boolean is(String label) {
    return line.is(label);
  }

  /** Reports the field if {@code seen} already has a field of its label. */
  void once(SectionContext ctx, Map<String, Location> seen, String what) {
    Location first = seen.putIfAbsent(line.label().toLowerCase(Locale.ROOT), line.leadAt());
    if (first != null) {
      ctx.located.problem(line.leadAt(), "the field **" + line.label() + ":** of " + what + " is given twice (first at line " + first.line().orElse(0) + "); expected it once");
    }
  }

  /** Reports nested bullets under a known field, which takes none. */
  void noNested(SectionContext ctx) {
    if (nested == null) {
      return;
    }
    // Unknown fields are reported, or kept whole, by unknownField.
    if (isKnown()) {
      ctx.located.problem(ctx.at(nested), "unexpected nested bullets under **" + line.label() + ":**");
    }
  }

  private boolean isKnown() {
    for (String l : LABELS) {
      if (l.equalsIgnoreCase(line.label())) {
        return true;
      }
    }
    return EFFECT_LABEL.matcher(line.label()).matches();
  }
}
