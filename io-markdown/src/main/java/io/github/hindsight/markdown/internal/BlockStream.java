package io.github.hindsight.markdown.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The top-level blocks of a body, parsed a part at a time, so that the tree of a large document
 * is never held whole: each part is parsed when its first block is asked for, and its nodes can
 * be collected once read.
 *
 * <p>A part ends before a line that starts a new top-level block whatever came before it: a
 * heading ({@code #} at the start of the line) or, where the caller allows it, an item of a
 * top-level bullet list ({@code - } at the start of the line). A part that ends before a heading
 * needs no check: its blocks are those of the whole parse even where the scan missed a section's
 * heading inside it. Only a few blocks run on over such a
 * line: a fenced code block still open, an HTML block, a table. When a part ends in one of those,
 * the rest of the body is parsed as one, so that the blocks are exactly those of a parse of the
 * whole body. A body with link reference definitions (which apply across the whole document) is
 * parsed whole. Source spans are moved to the body's lines and indexes.
 *
 * <p>Where a part may end is found from lines, not blocks, so the guess can be wrong: a line inside
 * an HTML block or a table row may look like a heading, and a fence inside a list item like one
 * that hides the lines after it. The parse of each part that ends before a bullet checks the guess
 * from its blocks, and where it does not bear the guess out, the rest of the body is parsed as one.
 */
final class BlockStream {
  /** A part is at least this long, so that short documents are parsed in one go. */
  static final int PART_CHARS = 16 * 1024;

  private final Parser parser;
  /** Whether the parser keeps source spans, which a part after the first must have moved. */
  private final boolean spans;
  private final BodyText text;
  private final Deque<Node> ready = new ArrayDeque<>();
  /** The line where the unparsed rest of the body starts; the body's line count at the end. */
  private int nextLine;
  private final boolean whole;
  private final int partChars;
  /** Whether the line where the rest starts comes after a {@code ###} heading within the same section, as the parse found. */
  private boolean underSubheading;
  /** Whether a part's blocks ran on, or did not bear out the scan, so that the rest was parsed as one. */
  private boolean restAsOne;

  /** Where a part may end among the bullets of a top-level list, as the reader of a section allows. */
  enum Lists {
    /** Never: a list is read as one, such as the fields of an actor. */
    WHOLE,
    /** Before any bullet: each bullet is read on its own. */
    SPLIT,
    /** Before any bullet under a {@code ###} heading; before that, bullets are out of place and a list is reported as one. */
    SPLIT_UNDER_SUBHEADINGS
  }

  BlockStream(Parser parser, boolean spans, BodyText text, int partChars) {
    this.parser = parser;
    this.spans = spans;
    this.text = text;
    this.partChars = partChars;
    this.whole = text.contains(']', ':');
  }

  /** @return whether the rest of the body was parsed as one: after a part whose last block runs on, or that could not end where the scan chose */
  boolean restParsedAsOne() {
    return restAsOne;
  }

  /**
   * @param lists where the part parsed next may end among the items of a top-level bullet list
   * @return the next block, still to be taken, or null after the last
   */
  @Nullable Node peek(Lists lists) {
    // A part of blank lines has no blocks.
    while (ready.isEmpty() && nextLine < text.lineCount()) {
      parse(lists);
    }
    return ready.peek();
  }

  /**
   * @param lists as for {@link #peek(Lists)}
   * @return the next block, taken, or null after the last
   */
  @Nullable Node next(Lists lists) {
    peek(lists);
    return ready.poll();
  }

  private void parse(Lists lists) {
    int from = nextLine;
    int to = whole ? text.lineCount() : partEnd(from, lists);
    Document part = parse(from, to);
    if (to < text.lineCount() && (runsOn(part.getLastChild(), to) || !bearsOut(part, from, to, lists))) {
      to = text.lineCount();
      part = parse(from, to);
      restAsOne = true;
    }
    nextLine = to;
    for (Node n = part.getFirstChild(); n != null; n = n.getNext()) {
      ready.add(n);
      if (n instanceof Heading h && h.getLevel() <= 3) {
        underSubheading = h.getLevel() == 3;
      }
    }
  }

  /**
   * Whether the blocks of a part allow it to end where the scan of its lines chose: before a
   * heading; after a section's heading alone; or before a bullet, where no section's heading came
   * in the part and, for lists split only under subheadings, a subheading did come before it.
   */
  private boolean bearsOut(Document part, int from, int to, Lists lists) {
    if (isHeading(text.start(to), text.end(to))
        || to == from + 1 && isHeading(text.start(from), text.end(from)) && level(text.start(from), text.end(from)) <= 2) {
      return true;
    }
    boolean sub = underSubheading;
    for (Node n = part.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && h.getLevel() <= 2) {
        return false;
      }
      sub |= n instanceof Heading h && h.getLevel() == 3;
    }
    return lists == Lists.SPLIT || lists == Lists.SPLIT_UNDER_SUBHEADINGS && sub;
  }

  private Document parse(int fromLine, int toLine) {
    Document part = (Document) parser.parse(text.lines(fromLine, toLine));
    if (spans && fromLine > 0) {
      shift(part, fromLine, text.charStart(fromLine));
    }
    return part;
  }

  /** Whether a part's last block may go on into the line after it, had they been parsed together. */
  private boolean runsOn(@Nullable Node last, int next) {
    return last instanceof FencedCodeBlock f && f.getClosingFenceLength() == null
        || last instanceof HtmlBlock
        // A table goes on over any line with a pipe in it.
        || last instanceof TableBlock && text.indexOf((byte) '|', text.start(next), text.end(next)) >= 0;
  }

  /**
   * The line before which the part starting at {@code from} ends: the first line after
   * {@link #PART_CHARS} that starts a new block, outside a fenced code block; the body's end if none.
   */
  private int partEnd(int from, Lists allowed) {
    boolean lists = allowed != Lists.WHOLE;
    boolean sub = underSubheading;
    byte fence = 0;
    int fenceLength = 0;
    long minStart = (long) text.start(from) + partChars;
    for (int i = from; i < text.lineCount(); i++) {
      int start = text.start(i);
      int end = text.end(i);
      if (fence != 0) {
        if (closesFence(start, end, fence, fenceLength)) {
          fence = 0;
        }
        continue;
      }
      boolean heading = isHeading(start, end);
      boolean splitHere = lists && (allowed == Lists.SPLIT || sub) && isBulletItem(start, end);
      // A part ends before a section's heading whatever its size: the next section may read its lists otherwise.
      if (i > from && (start >= minStart && (heading || splitHere) || heading && level(start, end) <= 2)) {
        return i;
      }
      if (heading && level(start, end) <= 2 || isUnderline(start, end)) {
        sub = false;
        if (i == from && heading) {
          // A section's heading is a part of its own: the blocks under it are asked for by the section's reader, which knows whether its lists may be split.
          return i + 1;
        }
        // Past a heading that may start another section, the caller's leave to split lists ends.
        lists = false;
      }
      sub |= heading && level(start, end) == 3;
      int fenceAt = fenceStart(start, end);
      if (fenceAt >= 0) {
        fence = text.at(fenceAt);
        fenceLength = run(fenceAt, end, fence);
      }
    }
    return text.lineCount();
  }

  private boolean isHeading(int start, int end) {
    int hashes = run(start, end, (byte) '#');
    return hashes >= 1 && hashes <= 6 && (start + hashes == end || text.at(start + hashes) == ' ' || text.at(start + hashes) == '\t');
  }

  private int level(int start, int end) {
    return run(start, end, (byte) '#');
  }

  /** A bullet with text, not a thematic break such as {@code - - -}. */
  private boolean isBulletItem(int start, int end) {
    if (end - start < 3 || text.at(start) != '-' || text.at(start + 1) != ' ') {
      return false;
    }
    for (int k = start + 2; k < end; k++) {
      byte c = text.at(k);
      if (c != '-' && c != ' ' && c != '\t') {
        return true;
      }
    }
    return false;
  }

  /** A line that could underline a setext heading. */
  private boolean isUnderline(int start, int end) {
    int k = indent(start, end);
    if (k >= end || text.at(k) != '=' && text.at(k) != '-') {
      return false;
    }
    int after = k + run(k, end, text.at(k));
    while (after < end && (text.at(after) == ' ' || text.at(after) == '\t')) {
      after++;
    }
    return after == end;
  }

  /** @return the index of an opening code fence on the line, or -1 */
  private int fenceStart(int start, int end) {
    int k = indent(start, end);
    if (k >= end || text.at(k) != '`' && text.at(k) != '~') {
      return -1;
    }
    byte c = text.at(k);
    int n = run(k, end, c);
    // A backtick fence's info string may not hold a backtick.
    return n >= 3 && (c == '~' || text.indexOf((byte) '`', k + n, end) < 0) ? k : -1;
  }

  private boolean closesFence(int start, int end, byte fence, int length) {
    int k = indent(start, end);
    int n = k < end ? run(k, end, fence) : 0;
    if (n < length) {
      return false;
    }
    for (int j = k + n; j < end; j++) {
      if (text.at(j) != ' ' && text.at(j) != '\t') {
        return false;
      }
    }
    return true;
  }

  /** @return the index after up to three leading spaces */
  private int indent(int start, int end) {
    int k = start;
    while (k < end && k - start < 3 && text.at(k) == ' ') {
      k++;
    }
    return k;
  }

  private int run(int from, int end, byte c) {
    int k = from;
    while (k < end && text.at(k) == c) {
      k++;
    }
    return k - from;
  }

  /** Moves every source span of a part's tree to where the part starts in the body; without recursion, as trees may be deep. */
  private static void shift(Node root, int lines, int chars) {
    Node n = root.getFirstChild();
    while (n != null) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        List<SourceSpan> moved = new ArrayList<>(spans.size());
        for (SourceSpan s : spans) {
          moved.add(SourceSpan.of(s.getLineIndex() + lines, s.getColumnIndex(), s.getInputIndex() + chars, s.getLength()));
        }
        n.setSourceSpans(moved);
      }
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      while (n != root && n.getNext() == null) {
        n = n.getParent();
      }
      n = n == root ? null : n.getNext();
    }
  }
}
