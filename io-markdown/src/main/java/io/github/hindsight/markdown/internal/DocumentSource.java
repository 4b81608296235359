package io.github.hindsight.markdown.internal;

import io.github.hindsight.spi.FormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The documents of a stream, read one at a time, so that a large bank need not sit in memory.
 * It finds the same documents as {@link Documents#split(String, String)}, with the same line numbers.
 */
final class DocumentSource {
  private final BufferedReader in;
  private final Deque<String> pushedBack = new ArrayDeque<>();
  private final Deque<Documents.Doc> ready = new ArrayDeque<>();
  private int nextLine = 1;
  private boolean first = true;
  private boolean ended;
  /** Bytes that are not UTF-8, met in the front matter of the next document while looking for the end of one. */
  private @Nullable FormatException notUtf8Ahead;

  /**
   * @param in the bytes, decoded by the one rule of every format ({@link Utf8Reader}); not closed here: the caller owns the stream
   * @param source the name for locations
   */
  DocumentSource(InputStream in, String source) {
    this(new Utf8Reader(in, source));
  }

  DocumentSource(Reader in) {
    this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
  }

  private @Nullable String readLine() throws IOException {
    if (!pushedBack.isEmpty()) {
      return pushedBack.pop();
    }
    String line = in.readLine();
    if (line != null && first) {
      first = false;
      return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
    return line;
  }

  /**
   * The next document.
   *
   * @return the document, or null after the last
   * @throws IOException if the stream cannot be read
   */
  Documents.@Nullable Doc next() throws IOException {
    try {
      while (ready.isEmpty() && !ended) {
        chunk();
      }
    } catch (FormatException notUtf8) {
      // The text ends where its bytes stop being UTF-8: the document there is not read.
      ended = true;
      ready.clear();
      throw notUtf8;
    }
    if (ready.isEmpty() && notUtf8Ahead != null) {
      FormatException e = notUtf8Ahead;
      notUtf8Ahead = null;
      throw e;
    }
    return ready.poll();
  }

  private void chunk() throws IOException {
    // The lines go straight into the body's bytes: a large document is never held as a string a line.
    BodyText.Builder lines = new BodyText.Builder();
    boolean content = false;
    boolean lastBlank = true;
    // Where the chunk's front matter opens and closes, if it starts with one.
    int open = -1;
    int close = -1;
    String line;
    while ((line = readLine()) != null) {
      if (line.equals("---") && lastBlank) {
        List<String> frontMatter = new ArrayList<>();
        frontMatter.add(line);
        boolean closed = false;
        String more;
        while ((more = readAhead(content)) != null) {
          frontMatter.add(more);
          if (more.equals("---")) {
            closed = true;
            break;
          }
          if (more.isBlank()) {
            break;
          }
        }
        if (notUtf8Ahead != null) {
          // The document read so far ends before the front matter whose bytes are not UTF-8.
          line = null;
          break;
        }
        if (closed && content) {
          // The next document starts here; it is read on the next call.
          for (int i = frontMatter.size() - 1; i >= 0; i--) {
            pushedBack.push(frontMatter.get(i));
          }
          break;
        }
        if (closed && open < 0 && !content) {
          open = lines.lineCount();
          close = open + frontMatter.size() - 1;
        }
        frontMatter.forEach(lines::add);
        lastBlank = frontMatter.get(frontMatter.size() - 1).isBlank();
        content = true;
        continue;
      }
      lines.add(line);
      lastBlank = line.isBlank();
      content |= !lastBlank;
    }
    if (line == null) {
      ended = true;
    }
    int start = nextLine;
    nextLine += lines.lineCount();
    if (!content) {
      return;
    }
    // A chunk is one document: front matter only at its start (after blank lines), since a
    // front matter after content starts the next chunk. As Documents.split makes it.
    int shift = start - 1;
    if (open < 0) {
      ready.add(new Documents.Doc(start, null, start, lines.build(0), start));
    } else {
      ready.add(new Documents.Doc(open + 1 + shift, lines.join(open + 1, close), open + 2 + shift,
          // A chunk that ends on its closing '---' has no body line: its body is placed on the '---', as Documents does.
          lines.build(close + 1), Math.min(close + 2, lines.lineCount()) + shift));
    }
  }

  /**
   * A line of a front matter; where its bytes are not UTF-8 after a document's content, that
   * document ends there and is read, and the problem comes after it.
   */
  private @Nullable String readAhead(boolean afterContent) throws IOException {
    try {
      return readLine();
    } catch (FormatException e) {
      if (!afterContent) {
        throw e;
      }
      notUtf8Ahead = e;
      return null;
    }
  }
}
