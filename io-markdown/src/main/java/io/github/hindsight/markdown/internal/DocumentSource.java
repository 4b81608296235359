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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The documents of a stream, read one at a time, so that a large bank need not sit in memory.
 * It finds the same documents as {@link Documents#split(String, String)}, with the same line numbers.
 */
final class DocumentSource {
  /** The lines of a text, one at a time: the current one is looked at, then the next is taken. */
  interface Lines {
    /**
     * Moves to the next line.
     *
     * @return false after the last
     * @throws IOException if the text cannot be read
     * @throws FormatException where its bytes stop being UTF-8
     */
    boolean next() throws IOException;

    /** @return whether the line is {@code ---} */
    boolean isDashes();

    /** @return whether the line is empty or white space, as {@link String#isBlank()} says */
    boolean isBlank();

    /** @param body where the line goes */
    void addTo(BodyText.Builder body);

    /** @return the line */
    String text();
  }

  /** The lines of a text read as characters, such as one held in memory. */
  private static final class ReaderLines implements Lines {
    private final BufferedReader in;
    private @Nullable String line;
    private boolean first = true;

    ReaderLines(Reader in) {
      this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
    }

    @Override
    public boolean next() throws IOException {
      line = in.readLine();
      if (line != null && first) {
        first = false;
        line = line.startsWith("\uFEFF") ? line.substring(1) : line;
      }
      return line != null;
    }

    @Override
    public boolean isDashes() {
      return text().equals("---");
    }

    @Override
    public boolean isBlank() {
      return text().isBlank();
    }

    @Override
    public void addTo(BodyText.Builder body) {
      body.add(text());
    }

    @Override
    public String text() {
      return Objects.requireNonNull(line, "a line");
    }
  }

  private final Lines in;
  private final Deque<String> pushedBack = new ArrayDeque<>();
  /** The current line, where it was pushed back; else the current line is {@link #in}'s. */
  private @Nullable String pushed;
  private final Deque<Documents.Doc> ready = new ArrayDeque<>();
  private int nextLine = 1;
  private boolean ended;
  /** Bytes that are not UTF-8, met in the front matter of the next document while looking for the end of one. */
  private @Nullable FormatException notUtf8Ahead;

  /**
   * @param in the bytes, checked by the one rule of every format ({@link Utf8Lines}); not closed here: the caller owns the stream
   * @param source the name for locations
   */
  DocumentSource(InputStream in, String source) {
    this.in = new Utf8Lines(in, source);
  }

  DocumentSource(Reader in) {
    this.in = new ReaderLines(in);
  }

  /** Moves to the next line: one pushed back, or the text's next. */
  private boolean readLine() throws IOException {
    pushed = pushedBack.poll();
    return pushed != null || in.next();
  }

  private boolean isDashes() {
    return pushed != null ? pushed.equals("---") : in.isDashes();
  }

  private boolean isBlank() {
    return pushed != null ? pushed.isBlank() : in.isBlank();
  }

  private void addLine(BodyText.Builder lines) {
    if (pushed != null) {
      lines.add(pushed);
    } else {
      in.addTo(lines);
    }
  }

  private String text() {
    return pushed != null ? pushed : in.text();
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
    boolean more = true;
    while (more && (more = readLine())) {
      if (lastBlank && isDashes()) {
        List<String> frontMatter = new ArrayList<>();
        frontMatter.add("---");
        boolean closed = false;
        String ahead;
        while ((ahead = readAhead(content)) != null) {
          frontMatter.add(ahead);
          if (ahead.equals("---")) {
            closed = true;
            break;
          }
          if (ahead.isBlank()) {
            break;
          }
        }
        if (notUtf8Ahead != null) {
          // The document read so far ends before the front matter whose bytes are not UTF-8.
          more = false;
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
        for (String l : frontMatter) {
          lines.add(l);
        }
        lastBlank = frontMatter.get(frontMatter.size() - 1).isBlank();
        content = true;
        continue;
      }
      addLine(lines);
      lastBlank = isBlank();
      content |= !lastBlank;
    }
    if (!more) {
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
      return readLine() ? text() : null;
    } catch (FormatException e) {
      if (!afterContent) {
        throw e;
      }
      notUtf8Ahead = e;
      return null;
    }
  }
}
