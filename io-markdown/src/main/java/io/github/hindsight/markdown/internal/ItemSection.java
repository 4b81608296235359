package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.HistoricalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * The grammar shared by the sections of items (consequences, evidence, perceptions and sources):
 * one bullet an item, {@code - **1962-10-28** — statement `{#id}`}, with its fields as nested
 * bullets. A subclass reads one item.
 *
 * @param <T> the items' type
 */
abstract class ItemSection<T> {
  /** The document's context. */
  final SectionContext ctx;
  private final String field;
  private final List<T> items = new ArrayList<>();

  /**
   * @param ctx the document's context
   * @param field the question's field that holds the items, such as "sources"
   */
  ItemSection(SectionContext ctx, String field) {
    this.ctx = ctx;
    this.field = field;
  }

  /** @return the items read, in document order */
  final List<T> items() {
    return items;
  }

  /** @return the model path of the next item */
  final String path() {
    return field + "[" + items.size() + "]";
  }

  /** Reads an item's attributes, where the item at {@code path} is. */
  final ItemAttributes attributes(ListItem item, ItemLine line, String path, String what, List<String> keys) {
    ItemAttributes attrs = new ItemAttributes(ctx, line, what, keys);
    ctx.located.path(path, ctx.at(item));
    return attrs;
  }

  /** Gives the optional date in bold before an item's text to {@code date}. */
  static void leadDate(ItemLine line, Consumer<HistoricalDate> date) {
    HistoricalDate d = line.leadDate();
    if (d != null) {
      date.accept(d);
    }
  }

  /** Adds the item built if its id is new. */
  final void add(String kind, ItemAttributes attrs, String path, Supplier<T> build) {
    ctx.add(items, kind, attrs.id, attrs.at, path, build);
  }

  /**
   * Reads one item.
   *
   * @param item the bullet
   * @param line its first line
   * @param nested its fields, if any
   */
  abstract void item(ListItem item, ItemLine line, @Nullable BulletList nested);

  final void read(SectionBlocks s) {
    for (Node b : s.blocks()) {
      if (!(b instanceof BulletList)) {
        ctx.stray(b, s.anchor(), "items as bullets such as '- **1962-10-28** — statement `{#id}`'");
        continue;
      }
      for (Node item = b.getFirstChild(); item != null; item = item.getNext()) {
        Node first = item.getFirstChild();
        if (!(first instanceof Paragraph)) {
          ctx.located.problem(ctx.at(item), "expected an item such as '- **1962-10-28** — statement `{#id}`' but found an empty bullet");
          continue;
        }
        BulletList nested = null;
        for (Node n = first.getNext(); n != null; n = n.getNext()) {
          if (n instanceof BulletList l && nested == null) {
            nested = l;
          } else {
            ctx.located.problem(ctx.at(n), "unexpected " + MarkdownBody.describe(n) + " in an item; expected its fields as nested bullets");
          }
        }
        item((ListItem) item, new ItemLine(ctx, first), nested);
      }
    }
  }
}
