package io.github.hindsight.markdown.internal;

import io.github.hindsight.spi.Location;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/**
 * The grammar shared by the sections whose parts each have a {@code ###} heading: actors, groups of
 * objectives and interpretations.
 */
final class SubHeadings {
  private SubHeadings() {}

  /** Reads one part: its heading and the blocks under it, which it goes through once at most. */
  interface Part {
    void read(Heading heading, Iterable<Node> blocks);
  }

  /**
   * Reads each {@code ###} part of a section; blocks before the first heading are stray. Each
   * part's blocks are taken from the section as the part's reader asks for them, so that a
   * large part need not be held whole.
   */
  static void read(SectionContext ctx, SectionBlocks s, String what, String form, Part part) {
    Iterator<Node> all = s.blocks().iterator();
    Node next = all.hasNext() ? all.next() : null;
    while (next != null && !isPart(next)) {
      ctx.stray(next, s.anchor(), "a heading for each " + what + ", such as " + form);
      next = all.hasNext() ? all.next() : null;
    }
    while (next != null) {
      UntilNextPart blocks = new UntilNextPart(all);
      part.read((Heading) next, blocks);
      while (blocks.hasNext()) {
        blocks.next();
      }
      next = blocks.heading;
    }
  }

  private static boolean isPart(Node n) {
    return n instanceof Heading h && h.getLevel() == 3;
  }

  /**
   * The blocks of one part, up to the next {@code ###} heading, which it keeps for the next part.
   * It is its own iterator: a part's blocks are gone through once.
   */
  private static final class UntilNextPart implements Iterator<Node>, Iterable<Node> {
    private final Iterator<Node> all;
    private @Nullable Node ahead;
    private @Nullable Node heading;

    UntilNextPart(Iterator<Node> all) {
      this.all = all;
    }

    @Override
    public Iterator<Node> iterator() {
      return this;
    }

    @Override
    public boolean hasNext() {
      if (ahead == null && heading == null && all.hasNext()) {
        Node n = all.next();
        if (isPart(n)) {
          heading = n;
        } else {
          ahead = n;
        }
      }
      return ahead != null;
    }

    @Override
    public Node next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Node n = ahead;
      ahead = null;
      return n;
    }
  }

  /** The text and the trailing id of a heading such as {@code ### Soviet Union `ussr`}. */
  record Named(String name, @Nullable String id, Location idAt) {}

  /** @return the heading's name and id; without the id, a problem naming the {@code form} expected */
  static Named named(SectionContext ctx, Heading h, String form) {
    Node last = h.getLastChild();
    if (last instanceof Code c) {
      ctx.defined(c.getLiteral());
      return new Named(MarkdownBody.trim(ctx.body.plain(h.getFirstChild(), c)), c.getLiteral(), ctx.at(c));
    }
    ctx.located.problem(ctx.at(h), "expected the id in backticks at the end of the heading, as in " + form + ", but found '" + MarkdownBody.trim(ctx.body.raw(h)) + "'");
    return new Named(ctx.body.plainOf(h), null, ctx.at(h));
  }

  /** @return the first bullet list of a part; every other block is stray */
  static @Nullable BulletList onlyList(SectionContext ctx, Iterable<Node> blocks, String section, String what) {
    BulletList list = null;
    for (Node b : blocks) {
      if (b instanceof BulletList l && list == null) {
        list = l;
      } else {
        ctx.stray(b, section, "the fields of the " + what + " as bullets such as '- **Kind:** state'");
      }
    }
    return list;
  }
}
