package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.testkit.samples.Samples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown is read by the one decoding rule of every format: UTF-8 only, in strict and lenient reading alike. */
class Utf8RuleTest {
  private static final FormatReader READER = new MarkdownFormat().reader().orElseThrow();
  private static final String CUBA = MarkdownFormat.write(Samples.cubanMissileCrisis());
  private static final ReadOptions STRICT = ReadOptions.named("cuba.md");
  private static final ReadOptions UNLINKED = ReadOptions.builder().sourceName("cuba.md").checkLinks(false).build();
  private static final ReadOptions LENIENT = ReadOptions.builder().sourceName("cuba.md").strict(false).build();

  /** The Cuban document with bytes put in place of the first occurrence of a word, and where they are. */
  private record Spoilt(byte[] bytes, int line, int column) {}

  private static Spoilt spoil(String text, String word, byte... bad) {
    int at = text.indexOf(word);
    String before = text.substring(0, at);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.length() - before.lastIndexOf('\n');
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bad);
    out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
    return new Spoilt(out.toByteArray(), line, column);
  }

  private static FormatException refusal(byte[] bytes, ReadOptions options) {
    return catchThrowableOfType(FormatException.class, () -> READER.readQuestion(new ByteArrayInputStream(bytes), options));
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWhereTheyAreInStrictAndLenientReading() {
    byte[][] bads = {{(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC1, (byte) 0x81},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}};
    for (byte[] bad : bads) {
      Spoilt s = spoil(CUBA, "Khrushchev", bad);
      for (ReadOptions options : List.of(STRICT, LENIENT)) {
        FormatException e = refusal(s.bytes(), options);
        assertThat(e).as("bytes %s", java.util.HexFormat.of().formatHex(bad)).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.location().line()).hasValue(s.line());
          assertThat(p.location().column()).hasValue(s.column());
          assertThat(p.message()).startsWith("expected UTF-8 but found the byte").endsWith("not UTF-8; Hindsight reads UTF-8 only")
              .contains(String.format("%02X", bad[0] & 0xff));
        });
      }
    }
  }

  @Test
  void aCharacterCutOffAtTheEndIsRefused() {
    byte[] text = CUBA.getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(text, text.length + 2);
    cut[text.length] = (byte) 0xE2;
    cut[text.length + 1] = (byte) 0x82;
    FormatException e = refusal(cut, STRICT);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("expected UTF-8 but found a character cut off at the end: the bytes E2 82; Hindsight reads UTF-8 only");
      assertThat(p.location().line()).hasValue((int) CUBA.chars().filter(c -> c == '\n').count() + 1);
    });
  }

  @Test
  void aByteOrderMarkAtTheStartIsAllowed() throws IOException {
    byte[] text = ("\uFEFF" + CUBA).getBytes(StandardCharsets.UTF_8);
    assertThat(READER.readQuestion(new ByteArrayInputStream(text), STRICT)).isEqualTo(Samples.cubanMissileCrisis());
  }

  @Test
  void aBankStopsWhereItsBytesStopBeingUtf8AndSaysSoWithTheProblemsBefore() {
    String second = CUBA.replace("id: cuban-missile-crisis-who-won", "id: second");
    String bank = CUBA + "\n" + second;
    Spoilt s = spoil(bank, "id: second", (byte) 0xC0, (byte) 0x80);
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> READER.readBank(new ByteArrayInputStream(s.bytes()), ReadOptions.named("bank.md")));
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.location().line()).hasValue(s.line()));
  }

  @Test
  void aStreamEndsAfterTheBytesStopBeingUtf8() throws IOException {
    String bank = CUBA + "\n" + CUBA.replace("id: cuban-missile-crisis-who-won", "id: second");
    Spoilt s = spoil(bank, "id: second", (byte) 0xFE);
    List<Object> seen = new ArrayList<>();
    try (QuestionStream stream = READER.streamQuestions(new ByteArrayInputStream(s.bytes()), ReadOptions.named("bank.md"))) {
      for (int i = 0; i < 5 && stream.hasNext(); i++) {
        try {
          seen.add(stream.next().id());
        } catch (FormatException e) {
          seen.add(e.problems().get(0).location().line().orElse(0));
        }
      }
      assertThat(stream.hasNext()).isFalse();
    }
    // The first question, then the problem at the line of the bad byte (its document is not read), then the end.
    assertThat(seen).containsExactly("cuban-missile-crisis-who-won", s.line());
  }

  @Test
  void aFolderNamesTheFileWhoseBytesAreNotUtf8(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.md"), CUBA);
    Spoilt s = spoil(CUBA.replace("id: cuban-missile-crisis-who-won", "id: b"), "Kennedy", (byte) 0x80);
    Files.write(dir.resolve("b.md"), s.bytes());
    FormatException e = catchThrowableOfType(FormatException.class, () -> MarkdownFolder.read(dir, UNLINKED));
    assertThat(e.problems()).singleElement().hasToString("b.md:" + s.line() + ":" + s.column()
        + ": expected UTF-8 but found the byte 80, which is not UTF-8; Hindsight reads UTF-8 only");
  }

  @Property(tries = 300)
  void anyBytesDecodeAsStrictUtf8DoesOrAreRefusedAtTheFirstBadOne(@ForAll @Size(max = 64) byte[] bytes) throws IOException {
    String expected;
    try {
      expected = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      expected = null;
    }
    FormatException refused = null;
    String decoded = null;
    try {
      decoded = io.github.hindsight.markdown.internal.MarkdownReader.decode(new ByteArrayInputStream(bytes), "b.md");
    } catch (FormatException e) {
      refused = e;
    }
    if (expected != null) {
      assertThat(decoded).isEqualTo(expected);
    } else {
      assertThat(refused).isNotNull();
      // Its line is that of the first bad byte: one more than the line breaks of the longest good start.
      String start = lenientPrefix(bytes);
      long breaks = start.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
      assertThat(refused.problems().get(0).location().line()).hasValue((int) breaks + 1);
    }
  }

  /** The characters before the first sequence that strict decoding refuses. */
  private static String lenientPrefix(byte[] bytes) {
    for (int n = bytes.length; n >= 0; n--) {
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes, 0, n));
        return new String(bytes, 0, n, StandardCharsets.UTF_8);
      } catch (java.nio.charset.CharacterCodingException e) {
        // shorter
      }
    }
    return "";
  }

  @Test
  void validTextStillReads() throws IOException {
    Question q = READER.readQuestion(new ByteArrayInputStream(CUBA.getBytes(StandardCharsets.UTF_8)), STRICT);
    QuestionBank b = READER.readBank(new ByteArrayInputStream(CUBA.getBytes(StandardCharsets.UTF_8)), UNLINKED);
    assertThat(q).isEqualTo(Samples.cubanMissileCrisis());
    assertThat(b.questions()).containsExactly(q);
  }

  @Test
  void aTextGivenAsAStringWithALoneSurrogateIsRefusedWhereItIsInStrictAndLenientReading() {
    int at = CUBA.indexOf("Khrushchev");
    String before = CUBA.substring(0, at);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.length() - before.lastIndexOf('\n');
    String spoilt = before + "\ud800" + CUBA.substring(at);
    for (ReadOptions options : List.of(STRICT, LENIENT)) {
      FormatException e = catchThrowableOfType(FormatException.class, () -> MarkdownFormat.read(spoilt, options));
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.location().line()).hasValue(line);
        assertThat(p.location().column()).hasValue(column);
        assertThat(p.message()).contains("lone surrogate U+D800");
      });
    }
  }
}
