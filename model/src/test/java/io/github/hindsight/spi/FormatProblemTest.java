package io.github.hindsight.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.spi.support.PluginProblem;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** A problem prints as one line of printable text, whatever a document put into it. */
class FormatProblemTest {

  /**
   * What must never reach a terminal, by the JDK's classification rather than by a list: controls,
   * line and paragraph separators, and the bidi embeddings, overrides and isolates.
   */
  static boolean unprintable(int c) {
    int type = Character.getType(c);
    if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
      return true;
    }
    return switch (Character.getDirectionality(c)) {
      case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING, Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
          Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE, Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
          Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> true;
      default -> false;
    };
  }

  static boolean printable(String s) {
    return s.chars().noneMatch(FormatProblemTest::unprintable);
  }

  /** Mostly the characters that attack a terminal, among ordinary and arbitrary ones. */
  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<Character> attacks = Arbitraries.of('\u001B', '\r', '\n', '\u0000', '\u0007', '\u0085', '\u009B', '\u007F',
        '\u2028', '\u2029', '\u202A', '\u202E', '\u2066', '\u2069', '\t', '\b');
    Arbitrary<Character> c = Arbitraries.frequencyOf(
        Tuple.of(3, attacks),
        Tuple.of(3, Arbitraries.chars().range(' ', '~')),
        Tuple.of(1, Arbitraries.chars()));
    return c.list().ofMaxSize(30).map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
  }

  @Test
  void aForgedLineStaysInItsProblem() {
    FormatProblem p = FormatProblem.of(Location.at("bank.json", 3, 9), "'x\nbank.json:1:1: all is well' is not an id");
    assertThat(p.toString()).isEqualTo("bank.json:3:9: 'x\\u000Abank.json:1:1: all is well' is not an id");
    assertThat(p.message()).isEqualTo("'x\\u000Abank.json:1:1: all is well' is not an id");
  }

  @Test
  void terminalSequencesSeparatorsAndBidiControlsAreEscaped() {
    FormatProblem p = FormatProblem.of(Location.at("a\u001B[2Jb.md", 1, 1),
        "\u0000\r\u0085\u2028\u2029\u202Eevil\u2066\u2069\u007F");
    assertThat(p.toString()).isEqualTo("a\\u001B[2Jb.md:1:1: \\u0000\\u000D\\u0085\\u2028\\u2029\\u202Eevil\\u2066\\u2069\\u007F");
  }

  @Test
  void aPointerIsEscapedToo() {
    Location at = Location.builder().source("q.json").pointer("/extra/\u001B]0;title\u0007").build();
    assertThat(at.pointer()).contains("/extra/\\u001B]0;title\\u0007");
    assertThat(at).hasToString("q.json (/extra/\\u001B]0;title\\u0007)");
  }

  @Test
  void printableTextIsLeftAsItIs() {
    String text = "'Kuba-Krise' is not an id; expected lower-case letters, such as 'ussr' — é, 中文, \uD83D\uDE80, a\\u001Bb";
    FormatProblem p = FormatProblem.of(Location.at("Kuba.md", 2, 3), text);
    assertThat(p.message()).isSameAs(text);
    assertThat(p.location().source()).isEqualTo("Kuba.md");
  }

  @Test
  void aPluginProblemPrintsOnOneLine() {
    PluginProblem p = PluginProblem.builder().plugin("com.example.Evil\n\u001B[1A").message("failed\r\nto load").cause(Optional.empty()).build();
    assertThat(p.toString()).isEqualTo("com.example.Evil\\u000A\\u001B[1A: failed\\u000D\\u000Ato load");
  }

  @Property
  void everyProblemPrintsAsOnePrintableLine(@ForAll("hostile") String source, @ForAll("hostile") String message,
      @ForAll("hostile") String pointer) {
    FormatProblem p = FormatProblem.of(Location.builder().source(source).line(1).column(1).pointer(pointer).build(), message);
    assertThat(printable(p.toString())).as("%s", p.toString().chars().mapToObj(Integer::toHexString).toList()).isTrue();
    assertThat(printable(p.message())).isTrue();
    assertThat(p.toString().lines()).hasSize(1);
  }

  /** Without backslashes, so that every escape in a message is one that escaping made. */
  @Provide
  Arbitrary<String> hostileWithoutBackslash() {
    return hostile().filter(s -> s.indexOf('\\') < 0);
  }

  @Property
  void escapingIsDoneOnceAndLosesNothing(@ForAll("hostile") String source, @ForAll("hostileWithoutBackslash") String message) {
    FormatProblem p = FormatProblem.of(Location.at(source, 1, 1), message);
    assertThat(FormatProblem.of(Location.at(p.location().source(), 1, 1), p.message())).isEqualTo(p);
    Matcher escape = Pattern.compile("\\\\u([0-9A-F]{4})").matcher(p.message());
    String unescaped = escape.replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    assertThat(unescaped).isEqualTo(message);
  }
}
