package io.github.hindsight.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.spi.FormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The documents of a stream split from its bytes are those split from its characters, decoded
 * by {@link Utf8Reader}: the same documents, lines and places, and the same refusal of bytes that
 * are not UTF-8, at the same point of the stream.
 */
class Utf8LinesTest {
  /** Pieces of a text that stress the splitting: breaks of every kind, front matter, white space, bytes that are not UTF-8. */
  private static final String[] PIECES = {
    "---", "---", "\n", "\n", "\r", "\r\n", "\n\n", " ", "\t", "\u000B", "\u001F", "\u00A0", "\u2003", "\u3000", "\u2028",
    "# Heading", "id: q1", "title: x", "- item", "text", "é", "—", "\uD83C\uDF0D", "\uFEFF", "\u0000", "a".repeat(9000),
  };
  private static final byte[][] BAD = {
    {(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0x81}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xE2},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF0, (byte) 0x9F},
    {(byte) 0x80}, {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xF5, (byte) 0x80},
  };

  @Provide
  Arbitrary<byte[]> texts() {
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        Arbitraries.of(PIECES).map(p -> p.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of(BAD).map(byte[]::clone).injectDuplicates(0.1));
    return piece.list().ofMaxSize(40).map(parts -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      parts.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  @Property(tries = 1500)
  void theDocumentsSplitFromBytesAreThoseSplitFromCharacters(@ForAll("texts") byte[] text, @ForAll @IntRange(min = 1, max = 9000) int chunk,
      @ForAll long seed) {
    assertThat(documents(new DocumentSource(new Trickle(text, chunk, seed), "t.md")))
        .isEqualTo(documents(new DocumentSource(new Utf8Reader(new ByteArrayInputStream(text), "t.md"))));
  }

  @Property(tries = 300)
  void anyBytesSplitAsTheirCharactersDo(@ForAll @Size(max = 200) byte[] text, @ForAll @IntRange(min = 1, max = 64) int chunk,
      @ForAll long seed) {
    assertThat(documents(new DocumentSource(new Trickle(text, chunk, seed), "t.md")))
        .isEqualTo(documents(new DocumentSource(new Utf8Reader(new ByteArrayInputStream(text), "t.md"))));
  }

  @Test
  void aRefusalGivesTheLineAndColumnOfTheByteAndTheLinesBeforeItAreRead() {
    byte[] text = "---\nid: q\n---\n\n# A\n\nab\u00E9\u00FF".getBytes(StandardCharsets.UTF_8);
    // The last two bytes of "é" are the character, then C3 BF is "ÿ"; spoil "ÿ" into C3 41 instead.
    text[text.length - 1] = 0x41;
    List<String> seen = documents(new DocumentSource(new ByteArrayInputStream(text), "t.md"));
    assertThat(seen).containsExactly("refused t.md:7:4: expected UTF-8 but found the byte C3, which is not UTF-8; Hindsight reads UTF-8 only", "end");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedBeforeAnythingAfterThemIsRead() {
    // A stream that fails on any read after its first bytes: the refusal must come from those alone.
    InputStream failsAfter = new InputStream() {
      private boolean given;

      @Override
      public int read() throws IOException {
        throw new IOException("read past the bad byte");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (given) {
          throw new IOException("read past the bad byte");
        }
        given = true;
        b[off] = 'a';
        b[off + 1] = (byte) 0xFF;
        return 2;
      }
    };
    assertThat(documents(new DocumentSource(failsAfter, "t.md")))
        .containsExactly("refused t.md:1:2: expected UTF-8 but found the byte FF, which is not UTF-8; Hindsight reads UTF-8 only", "end");
  }

  @Test
  void aLineLongerThanTheBoundIsRefusedAtItsStart() throws IOException {
    byte[] text = ("short\n" + "x".repeat(20_000) + "\n").getBytes(StandardCharsets.UTF_8);
    Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(text), "t.md", 8192);
    assertThat(lines.next()).isTrue();
    assertThat(lines.text()).isEqualTo("short");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(FormatException.class, lines::next).problems())
        .singleElement().hasToString("t.md:2:1: expected a line break within 8192 bytes but found a longer line");
    assertThat(lines.next()).isFalse();
  }

  /** What a source gives, document by document, then what it refuses, each as text. */
  private static List<String> documents(DocumentSource source) {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      try {
        Documents.Doc doc = source.next();
        if (doc == null) {
          seen.add("end");
          break;
        }
        BodyText body = doc.body();
        StringBuilder starts = new StringBuilder();
        for (int l = 0; l < body.lineCount(); l++) {
          starts.append(body.charStart(l)).append(',');
        }
        seen.add(doc.firstLine() + " " + doc.frontMatter() + " " + doc.frontMatterFirstLine() + " " + doc.bodyFirstLine()
            + " [" + body.text() + "] " + starts);
      } catch (FormatException e) {
        seen.add("refused " + e.problems().get(0).location() + ": " + e.problems().get(0).message());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    return seen;
  }

  /** A stream that hands its bytes over in pieces of random sizes up to a bound, as a socket may. */
  private static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final int chunk;
    private final Random random;
    private int at;

    Trickle(byte[] bytes, int chunk, long seed) {
      this.bytes = bytes;
      this.chunk = chunk;
      this.random = new Random(seed);
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (at == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(chunk)), bytes.length - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }
  }
}
