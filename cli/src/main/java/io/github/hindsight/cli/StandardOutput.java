package io.github.hindsight.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as bytes, for {@code -} given as an output file: a document goes out as its
 * format wrote it, not re-encoded in the terminal's charset, which could lose characters.
 */
final class StandardOutput {
  /** The name that means standard output where a command takes an output file. */
  static final String DASH = "-";

  private StandardOutput() {}

  static boolean isDash(String name) {
    return name.equals(DASH);
  }

  /** A stream onto standard output that writers may close without closing standard output. */
  static OutputStream unclosable(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /**
   * For a command line given a writer rather than a stream, by an embedder or a test: the bytes,
   * which formats write in UTF-8, as characters on that writer.
   */
  static OutputStream decodingTo(PrintWriter writer) {
    return new Decoding(writer);
  }

  private static final class Decoding extends OutputStream {
    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    Decoding(Writer writer) {
      this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int from = off;
      int left = len;
      while (left > 0) {
        int n = Math.min(left, bytes.remaining());
        bytes.put(b, from, n);
        from += n;
        left -= n;
        bytes.flip();
        CoderResult result;
        do {
          result = decoder.decode(bytes, chars, false);
          writer.write(chars.array(), 0, chars.position());
          chars.clear();
        } while (result.isOverflow());
        // A character cut between two writes waits, at the front, for the rest of its bytes.
        bytes.compact();
      }
    }

    @Override
    public void flush() throws IOException {
      writer.flush();
    }
  }
}
