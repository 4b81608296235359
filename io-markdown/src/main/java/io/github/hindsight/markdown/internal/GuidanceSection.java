package io.github.hindsight.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** The {@code ## Guidance} section: one bullet of text for each piece of guidance. */
final class GuidanceSection {
  private final SectionContext ctx;
  private final List<String> guidance = new ArrayList<>();

  GuidanceSection(SectionContext ctx) {
    this.ctx = ctx;
  }

  /** @return the guidance read, in document order */
  List<String> guidance() {
    return guidance;
  }

  void read(SectionBlocks s) {
    for (Node b : s.blocks()) {
      if (!(b instanceof BulletList)) {
        ctx.stray(b, s.anchor(), "guidance as bullets");
        continue;
      }
      for (Node item = b.getFirstChild(); item != null; item = item.getNext()) {
        Node p = item.getFirstChild();
        if (!(p instanceof Paragraph) || p.getNext() != null) {
          ctx.located.problem(ctx.at(item), "expected each piece of guidance as one bullet of text");
          continue;
        }
        ctx.located.path("guidance[" + guidance.size() + "]", ctx.at(p));
        guidance.add(ctx.body.plainOf(p));
      }
    }
    FieldChecks.guidance(ctx.located, guidance);
  }
}
