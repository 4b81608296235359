package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.testkit.samples.Samples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One decoding rule for both formats: UTF-8 only, a leading byte-order mark allowed, and invalid
 * bytes or lone surrogates refused with their line and column, in strict and lenient reading.
 */
class EncodingTest {
  static final ReadOptions STRICT = ReadOptions.named("test.json");
  static final List<ReadOptions> BOTH = List.of(STRICT, LimitsTest.LENIENT);

  static FormatProvider format(String id) {
    return id.equals("json") ? Io.JSON : Io.JSONL;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  /** Every way each format reads a document, each of which must refuse it. */
  static List<FormatException> everyRead(FormatProvider f, byte[] doc, ReadOptions options) throws Exception {
    FormatReader reader = f.reader().orElseThrow();
    List<FormatException> failures = new ArrayList<>();
    failures.add(catchThrowableOfType(FormatException.class, () -> reader.readQuestion(new ByteArrayInputStream(doc), options)));
    failures.add(catchThrowableOfType(FormatException.class, () -> reader.readBank(new ByteArrayInputStream(doc), options)));
    failures.add(catchThrowableOfType(FormatException.class, () -> reader.readBankPart(new ByteArrayInputStream(doc), options)));
    try (QuestionStream s = reader.streamQuestions(new ByteArrayInputStream(doc), options)) {
      failures.add(catchThrowableOfType(FormatException.class, () -> {
        while (s.hasNext()) {
          s.next();
        }
      }));
    }
    assertThat(failures).as("every read refuses it").doesNotContainNull();
    return failures;
  }

  static void refusedAt(String id, byte[] doc, int line, int column, String message) throws Exception {
    for (ReadOptions options : BOTH) {
      for (FormatException e : everyRead(format(id), doc, options)) {
        assertThat(e.problems()).as("%s, strict %s", id, options.strict()).anySatisfy(p -> {
          assertThat(p.location().line()).hasValue(line);
          assertThat(p.location().column()).hasValue(column);
          assertThat(p.message()).contains(message);
        });
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl"})
  void bytesThatLookLikeUtf32AreRefusedAtTheirStart(String id) throws Exception {
    refusedAt(id, bytes(0, 0, 0, 0, 0x41, 0x41, 0x41, 0x41), 1, 1, "expected UTF-8");
    refusedAt(id, bytes(0x7b, 0, 0, 0), 1, 2, "expected UTF-8");
    refusedAt(id, bytes(0xfe, 0xff, 0, 0x7b, 0, 0x7d), 1, 1, "expected UTF-8");
    refusedAt(id, bytes(0xff, 0xfe, 0x7b, 0, 0x7d, 0), 1, 1, "expected UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl"})
  void invalidUtf8IsRefusedWhereItIs(String id) throws Exception {
    byte[] head = utf8("{\"format\":\"hindsight-question\",\"version\":1,\n\"id\":\"q\",\"prompt\":\"Who");
    int column = head.length - new String(head, StandardCharsets.UTF_8).lastIndexOf('\n');
    if (id.equals("jsonl")) {
      // One line per document: the same bytes without the line break.
      head = utf8("{\"format\":\"hindsight-question\",\"version\":1,\"id\":\"q\",\"prompt\":\"Who");
      column = head.length + 1;
    }
    int line = id.equals("jsonl") ? 1 : 2;
    for (byte[] bad : List.of(bytes(0xf5, 0x80, 0x80, 0x80), bytes(0xf4, 0x90, 0x80, 0x80), bytes(0xc1, 0x81), bytes(0xc0, 0x80),
        bytes(0xe0, 0x81, 0x81), bytes(0xed, 0xa0, 0x80), bytes(0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80), bytes(0x80), bytes(0xff),
        bytes(0xe2, 0x82))) {
      byte[] doc = concat(head, bad, utf8(" won?\"}\n"));
      refusedAt(id, doc, line, column, "not UTF-8");
    }
    // Cut inside a character at the very end.
    refusedAt(id, concat(head, bytes(0xe2, 0x82)), line, column, "not UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl"})
  void invalidUtf8InAMemberNameIsRefusedEvenWhenLenient(String id) throws Exception {
    byte[] head = utf8("{\"format\":\"hindsight-question\",\"version\":1,\"id\":\"q\",\"prompt\":\"Who won?\",\"colour");
    refusedAt(id, concat(head, bytes(0xf5, 0x80, 0x80, 0x80), utf8("\":1}\n")), 1, head.length + 1, "not UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl"})
  void escapedLoneSurrogatesAreRefusedEvenWhenLenient(String id) {
    String prompt = LimitsTest.HEAD.replace("\"P?\"", "\"Who\\ud800 won?\"") + "\"tags\":[]}\n";
    String name = LimitsTest.HEAD + "\"colour\\udc00\":1}\n";
    String kept = LimitsTest.HEAD + "\"colour\":\"red\\ud800\"}\n";
    for (ReadOptions options : BOTH) {
      assertThat(Io.problems(format(id), prompt, options)).singleElement().satisfies(p -> {
        assertThat(p.message()).isEqualTo("expected text but found a lone surrogate U+D800 at index 3");
        assertThat(p.location().pointer()).hasValue("/prompt");
        assertThat(p.location().line()).hasValue(1);
      });
      // A half character in a member name is broken JSON to the parser, in both modes.
      assertThat(Io.problems(format(id), name, options)).singleElement().satisfies(p -> {
        assertThat(p.message()).contains("surrogate");
        assertThat(p.location().line()).hasValue(1);
      });
      // Strict reading refuses the unknown member itself; lenient reading, which would keep it, its half character.
      assertThat(Io.problems(format(id), kept, options)).singleElement().satisfies(p -> {
        assertThat(p.message()).contains(options.strict() ? "unknown member" : "lone surrogate");
        assertThat(p.location().line()).hasValue(1);
        assertThat(p.location().pointer()).hasValue("/colour");
      });
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl"})
  void aLeadingByteOrderMarkIsAllowed(String id) throws Exception {
    FormatProvider f = format(id);
    byte[] doc = concat(bytes(0xef, 0xbb, 0xbf), utf8(Io.write(f, Samples.cubanMissileCrisis())));
    assertThat(f.reader().orElseThrow().readQuestion(new ByteArrayInputStream(doc), STRICT)).isEqualTo(Samples.cubanMissileCrisis());
  }

  @Property(tries = 60)
  void everyCharacterOutsideAsciiReadsBack(@ForAll("text") String text) throws Exception {
    Question q = Samples.cubanMissileCrisis().withPrompt(text);
    for (FormatProvider f : List.of(Io.JSON, Io.JSONL)) {
      byte[] doc = utf8(Io.write(f, q));
      // Through a stream that hands the bytes over a few at a time, so that characters are cut between reads.
      assertThat(f.reader().orElseThrow().readQuestion(new Trickle(doc), STRICT)).isEqualTo(q);
      try (QuestionStream s = f.reader().orElseThrow().streamQuestions(new Trickle(doc), STRICT)) {
        assertThat(s.next()).isEqualTo(q);
      }
    }
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<Integer> codePoint = Arbitraries.oneOf(Arbitraries.integers().between(0x20, 0x7e),
        Arbitraries.integers().between(0xa0, 0xd7ff), Arbitraries.integers().between(0xe000, 0xfffd),
        Arbitraries.integers().between(0x10000, 0x10ffff));
    return codePoint.list().ofMinSize(1).ofMaxSize(40).map(cps -> {
      StringBuilder sb = new StringBuilder("Who");
      cps.forEach(sb::appendCodePoint);
      return sb.append("?").toString();
    }).filter(s -> io.github.hindsight.model.Rules.nonBlankTextProblem(s).isEmpty());
  }

  /** Hands over at most three bytes a read. */
  static final class Trickle extends java.io.InputStream {
    private final byte[] bytes;
    private int pos;

    Trickle(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return pos == bytes.length ? -1 : bytes[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 3), bytes.length - pos);
      System.arraycopy(bytes, pos, b, off, n);
      pos += n;
      return n;
    }
  }

  @Test
  void writtenProblemsAreOneLineEach() throws Exception {
    byte[] doc = bytes(0, 0, 0, 0, 0x41, 0x41, 0x41, 0x41);
    for (FormatException e : everyRead(Io.JSON, doc, STRICT)) {
      for (FormatProblem p : e.problems()) {
        assertThat(p.message()).doesNotContain("\n").doesNotContain("Exception");
      }
    }
  }
}
