package io.github.hindsight.markdown.internal;

import io.github.hindsight.spi.Location;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntUnaryOperator;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The Markdown body of one document, parsed with CommonMark, and what every section reader asks
 * of its tree: where a node was written in the document, the text as written, and its plain text.
 */
final class MarkdownBody {
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();
  /** The same grammar without source spans, which cost CommonMark about a fifth of its parse. */
  private static final Parser WITHOUT_SPANS = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .build();

  private final Located located;
  private final BodyText text;
  private final int firstLine;
  private final boolean spans;
  private @Nullable Location start;

  /**
   * Stops a reading without source spans where it needs text as written, which only the spans
   * give; the document is then read again with them. No stack trace: it is control flow.
   */
  static final class SpansNeeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final SpansNeeded INSTANCE = new SpansNeeded();

    private SpansNeeded() {
      super("the document is read again with source spans", null, false, false);
    }
  }

  /**
   * @param text the body
   * @param firstLine the document's line of the body's first line
   * @param located the document's problems
   * @param spans whether to parse with source spans: without them, every node is placed at the
   *     body's start, which serves a reading whose locations are never reported, and asking for
   *     text as written throws {@link SpansNeeded}
   */
  MarkdownBody(BodyText text, int firstLine, Located located, boolean spans) {
    this.located = located;
    this.text = text;
    this.firstLine = firstLine;
    this.spans = spans;
  }

  /** @return whether nodes know where they were written */
  boolean spans() {
    return spans;
  }

  private void requireSpans() {
    if (!spans) {
      throw SpansNeeded.INSTANCE;
    }
  }

  /**
   * Whether Markdown kept by lenient reading is a section of its own, which starts with a heading
   * of level two in any of its forms ({@code ## Notes}, an empty {@code ##}, or a line underlined
   * with {@code ---}), rather than text kept from within a section, which never does.
   *
   * @param kept the Markdown
   * @return whether it starts with a heading of level two
   */
  static boolean isSection(String kept) {
    Node first = WITHOUT_SPANS.parse(kept).getFirstChild();
    return first instanceof Heading h && h.getLevel() == 2;
  }

  /** @return the body's tree, whole */
  Node parse() {
    return (spans ? PARSER : WITHOUT_SPANS).parse(text.text());
  }

  /**
   * @param partChars the least size of a part parsed at once
   * @return the body's top-level blocks, parsed a part at a time
   */
  BlockStream blocks(int partChars) {
    return new BlockStream(spans ? PARSER : WITHOUT_SPANS, spans, text, partChars);
  }

  /** @return line {@code i} of the body, without its line break */
  private String line(int i) {
    return text.line(i);
  }

  /**
   * Checks the limits that keep parsing in proportion to the text, before it is parsed.
   *
   * @return whether the body may be parsed; if not, the problem is reported
   */
  boolean withinLimits() {
    if (text.count((byte) '[') <= BracketLimit.MAX_OPENERS) {
      // No paragraph can hold more brackets than the whole body.
      return true;
    }
    OptionalInt over = BracketLimit.firstOverLimit(text.size(), new Bytes(text));
    if (over.isEmpty()) {
      return true;
    }
    int index = over.getAsInt();
    located.problem(located.at(firstLine + text.lineOf(index), text.columnOf(index)), BracketLimit.message());
    return false;
  }

  /** The body's UTF-8 bytes, which the limit on brackets may read for its characters. */
  private static final class Bytes implements IntUnaryOperator {
    private final BodyText text;

    Bytes(BodyText text) {
      this.text = text;
    }

    @Override
    public int applyAsInt(int index) {
      return text.at(index);
    }
  }

  /** @return where the body starts */
  Location start() {
    Location s = start;
    if (s == null) {
      s = located.at(firstLine, 1);
      start = s;
    }
    return s;
  }

  /** @return where a node starts in the document; a node without a span is where its parent is */
  Location at(Node node) {
    if (!this.spans) {
      return start();
    }
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      Node parent = node.getParent();
      return parent == null ? start() : at(parent);
    }
    SourceSpan s = spans.get(0);
    return located.at(firstLine + s.getLineIndex(), s.getColumnIndex() + 1);
  }

  /** @return the index in the body of a node's first line */
  int firstLine(Node node) {
    requireSpans();
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
  }

  /** @return the index in the body of a node's last line */
  int lastLine(Node node) {
    requireSpans();
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
  }

  /** @return a node as written, its lines joined by spaces */
  String raw(Node node) {
    requireSpans();
    StringBuilder sb = new StringBuilder();
    for (SourceSpan s : node.getSourceSpans()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      // A span lies within one line, and its column counts characters as the line's string does.
      sb.append(line(s.getLineIndex()), s.getColumnIndex(), s.getColumnIndex() + s.getLength());
    }
    return sb.toString();
  }

  /** Body lines from {@code first} to {@code last} (indexes in the body), less {@code indent} leading characters. */
  String lines(int first, int last, int indent) {
    int end = last;
    while (end > first && line(end).isBlank()) {
      end--;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = first; i <= end; i++) {
      String l = line(i);
      sb.append(l.length() >= indent && l.substring(0, indent).isBlank() ? l.substring(indent) : l.strip());
      if (i < end) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** @return the text of the inline nodes from {@code from} up to, not including, {@code to} */
  String plain(@Nullable Node from, @Nullable Node to) {
    if (from instanceof Text t && from.getNext() == to) {
      // Most inline content is one text: no builder to copy it through.
      return t.getLiteral();
    }
    StringBuilder sb = new StringBuilder();
    for (Node n = from; n != null && n != to; n = n.getNext()) {
      if (n instanceof Text t) {
        sb.append(t.getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        sb.append(' ');
      } else {
        // Markup that the writer never produces, kept as written so that no text is lost.
        sb.append(raw(n));
      }
    }
    return sb.toString();
  }

  /** @return the plain text of a block's inline content, trimmed */
  String plainOf(Node block) {
    return trim(plain(block.getFirstChild(), null));
  }

  /** @return the text without the spaces and tabs at either end; unlike strip(), other white space stays */
  static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
      a++;
    }
    while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == '\t')) {
      b--;
    }
    return s.substring(a, b);
  }

  /** Text after a bold label with no colon: one separator (an em dash, en dash, hyphen or colon) is dropped. */
  static String afterSeparator(String s) {
    String t = trim(s);
    for (String sep : List.of("— ", "– ", "- ", ": ")) {
      if (t.startsWith(sep)) {
        return trim(t.substring(sep.length()));
      }
    }
    return t.equals("—") || t.equals("–") || t.equals(":") ? "" : t;
  }

  /** @return a block as an author would name it, such as "bullet list" */
  static String describe(Node n) {
    if (n instanceof Heading h) {
      return "heading of level " + h.getLevel();
    }
    if (n instanceof Paragraph) {
      return "paragraph";
    }
    if (n instanceof BulletList) {
      return "bullet list";
    }
    if (n instanceof BlockQuote) {
      return "block quote";
    }
    if (n instanceof TableBlock) {
      return "table";
    }
    return n.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  /**
   * The title: the first level-one heading before any level-two heading.
   *
   * @param doc the body's tree
   * @param before receives the blocks before the title (or before the first section, if there is no title)
   * @return the title, or null
   */
  static @Nullable Heading title(Node doc, List<Node> before) {
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && h.getLevel() == 1) {
        return h;
      }
      if (n instanceof Heading h && h.getLevel() == 2) {
        return null;
      }
      before.add(n);
    }
    return null;
  }
}
