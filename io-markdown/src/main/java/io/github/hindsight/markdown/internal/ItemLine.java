package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jspecify.annotations.Nullable;

/**
 * The first line of an item or of a field: a one-line paragraph split into a bold lead, the
 * text, and a trailing {@code {#id ...}} code span.
 */
final class ItemLine {
  private final SectionContext ctx;
  final Node node;
  final @Nullable String lead;
  private final @Nullable Node leadNode;
  final List<Node> rest = new ArrayList<>();
  final @Nullable Code attrs;
  private @Nullable String label;

  ItemLine(SectionContext ctx, Node paragraph) {
    this.ctx = ctx;
    this.node = paragraph;
    Node n = paragraph.getFirstChild();
    if (n instanceof StrongEmphasis strong) {
      lead = MarkdownBody.trim(ctx.body.plain(strong.getFirstChild(), null));
      leadNode = strong;
      n = n.getNext();
    } else {
      lead = null;
      leadNode = null;
    }
    for (; n != null; n = n.getNext()) {
      rest.add(n);
    }
    if (!rest.isEmpty() && rest.get(rest.size() - 1) instanceof Code c && c.getLiteral().startsWith("{") && c.getLiteral().endsWith("}")) {
      attrs = c;
      rest.remove(rest.size() - 1);
    } else {
      attrs = null;
    }
  }

  /** The label: the lead without its colon. */
  String label() {
    String l = label;
    if (l == null) {
      // Asked for again and again as a field's reader tries each label in turn.
      String lead = this.lead == null ? "" : this.lead;
      l = lead.endsWith(":") ? MarkdownBody.trim(lead.substring(0, lead.length() - 1)) : lead;
      label = l;
    }
    return l;
  }

  /** @return whether the label is this one, in any case */
  boolean is(String label) {
    return label().equalsIgnoreCase(label);
  }

  String text() {
    String s = rest.isEmpty() ? "" : ctx.body.plain(rest.get(0), attrs);
    return lead != null && !lead.endsWith(":") ? MarkdownBody.afterSeparator(s) : MarkdownBody.trim(s);
  }

  /** Where the text starts: past the spaces and the separator after the lead. */
  Location textAt() {
    if (rest.isEmpty() || !ctx.body.spans()) {
      return ctx.at(node);
    }
    Location start = ctx.at(rest.get(0));
    if (!(rest.get(0) instanceof Text t) || start.column().isEmpty()) {
      return start;
    }
    String literal = t.getLiteral();
    String after = lead != null && !lead.endsWith(":") ? MarkdownBody.afterSeparator(literal) : MarkdownBody.trim(literal);
    int skipped = after.isEmpty() ? 0 : Math.max(0, literal.indexOf(after));
    return ctx.located.at(start.line().getAsInt(), start.column().getAsInt() + skipped);
  }

  Location leadAt() {
    return leadNode == null ? ctx.at(node) : ctx.at(leadNode);
  }

  /** @return the optional date in bold before an item's text, or null (reported if it is not a date) */
  @Nullable HistoricalDate leadDate() {
    return lead == null ? null : ctx.date(label(), leadAt());
  }

  /** Ids in backticks separated by commas, each registered at {@code path[k]}. */
  List<String> refs(String path) {
    List<String> out = new ArrayList<>();
    for (Node n : rest) {
      if (n instanceof Code c) {
        ctx.located.path(path + "[" + out.size() + "]", ctx.at(c));
        out.add(c.getLiteral());
      } else if (!(n instanceof Text t && t.getLiteral().replace(",", "").replace(" and ", " ").isBlank())) {
        ctx.located.problem(ctx.at(n), "expected ids in backticks separated by commas, such as `turkey-deal`, `no-invasion-pledge`, but found '" + ctx.body.raw(n) + "'");
      }
    }
    if (attrs != null) {
      ctx.located.problem(ctx.at(attrs), "expected ids in backticks separated by commas but found '" + attrs.getLiteral() + "'");
    }
    return out;
  }

  /** One id in backticks, then optional text after a separator: {@code `cuba` — a note}. */
  record CodeAndText(@Nullable String code, String text, Location codeAt) {}

  /** @return the id in backticks and the text after it; without the id, a problem naming the {@code form} expected */
  CodeAndText codeAndText(String form) {
    Node n = null;
    int i = 0;
    for (; i < rest.size(); i++) {
      Node r = rest.get(i);
      if (r instanceof Text t && t.getLiteral().isBlank()) {
        continue;
      }
      n = r;
      break;
    }
    if (!(n instanceof Code c)) {
      ctx.located.problem(n == null ? textAt() : ctx.at(n), "expected " + form + " but found '" + MarkdownBody.trim(ctx.body.raw(node)) + "'");
      return new CodeAndText(null, "", textAt());
    }
    String text = i + 1 < rest.size() ? MarkdownBody.afterSeparator(ctx.body.plain(rest.get(i + 1), attrs)) : "";
    return new CodeAndText(c.getLiteral(), text, ctx.at(c));
  }
}
