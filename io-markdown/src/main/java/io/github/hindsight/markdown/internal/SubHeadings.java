package io.github.hindsight.markdown.internal;

import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.List;
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

  /** Reads one part: its heading and the blocks under it. */
  interface Part {
    void read(Heading heading, List<Node> blocks);
  }

  /** Reads each {@code ###} part of a section; blocks before the first heading are stray. */
  static void read(SectionContext ctx, SectionBlocks s, String what, String form, Part part) {
    Heading heading = null;
    List<Node> blocks = new ArrayList<>();
    for (Node b : s.blocks()) {
      if (b instanceof Heading h && h.getLevel() == 3) {
        if (heading != null) {
          part.read(heading, blocks);
        }
        heading = h;
        blocks = new ArrayList<>();
      } else if (heading == null) {
        ctx.stray(b, s.anchor(), "a heading for each " + what + ", such as " + form);
      } else {
        blocks.add(b);
      }
    }
    if (heading != null) {
      part.read(heading, blocks);
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
  static @Nullable BulletList onlyList(SectionContext ctx, List<Node> blocks, String section, String what) {
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
