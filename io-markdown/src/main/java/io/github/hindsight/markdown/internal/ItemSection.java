package io.github.hindsight.markdown.internal;

import java.util.ArrayList;
import java.util.List;
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

  /** @return whether the item's id is given and new, so that the item is to be built; a repeated one is a problem */
  final boolean isNew(String kind, ItemAttributes attrs) {
    return ctx.uniqueId(kind, attrs.id, attrs.at);
  }

  /** Adds an item built after {@link #isNew}. */
  final void add(T item) {
    items.add(item);
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
