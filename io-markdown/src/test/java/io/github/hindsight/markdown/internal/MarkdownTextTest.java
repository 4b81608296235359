package io.github.hindsight.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The escaper's hand-written checks agree with the CommonMark grammar they stand for, written
 * here as patterns, on text made of the characters where the two could differ.
 */
class MarkdownTextTest {
  private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
  private static final Pattern ORDERED_MARKER = Pattern.compile("^[0-9]{1,9}[.)]");

  @Provide
  Arbitrary<String> markupLike() {
    return Arbitraries.of('&', '#', 'x', 'X', ';', 'a', 'F', 'g', 'Z', '0', '7', '9', '.', ')', ' ', '*', '\\', '-', 'é')
        .list().ofMaxSize(40).map(cs -> {
          StringBuilder sb = new StringBuilder();
          cs.forEach(sb::append);
          return sb.toString();
        });
  }

  @Property(tries = 2000)
  void anEntityIsFoundExactlyWhereThePatternMatches(@ForAll("markupLike") String text) {
    Matcher m = ENTITY.matcher(text);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '&') {
        assertThat(MarkdownText.isEntityAt(text, i)).as("%s at %d", text, i).isEqualTo(m.find(i) && m.start() == i);
      }
    }
  }

  @Property(tries = 2000)
  void anOrderedListMarkerIsFoundExactlyWhereThePatternMatches(@ForAll("markupLike") String text) {
    Matcher m = ORDERED_MARKER.matcher(text);
    assertThat(MarkdownText.orderedMarkerAt(text)).as(text).isEqualTo(m.find() ? m.end() - 1 : -1);
  }

  @Property(tries = 1000)
  void appendingEscapedTextGivesWhatEscapeReturns(@ForAll("markupLike") String text) {
    StringBuilder out = new StringBuilder("before ");
    assertThat(MarkdownText.appendEscaped(out, text).toString()).isEqualTo("before " + MarkdownText.escape(text));
  }

  /** The lengths where a hand-written check is likeliest to be off by one, which random text seldom reaches. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "&#1234567;|true", "&#12345678;|false", "&#x;|false", "&#xABCDEF;|true", "&#XabcdeF0;|false", "&#;|false",
      "&a;|true", "&a1234567890123456789012345678901;|true", "&a12345678901234567890123456789012;|false", "&1a;|false", "&|false"})
  void anEntityEndsWithinItsLimits(String text, boolean entity) {
    assertThat(MarkdownText.isEntityAt(text, 0)).isEqualTo(entity);
    Matcher m = ENTITY.matcher(text);
    assertThat(m.find(0) && m.start() == 0).isEqualTo(entity);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "&amp; x|\\&amp; x", "&#35;|\\&\\#35;", "&#x1F600;|\\&\\#x1F600;", "&#;|&\\#;", "& plain|& plain", "1234567890. ten digits|1234567890. ten digits",
      "123456789) nine|123456789\\) nine", "a*b_c|a\\*b\\_c", "- first|\\- first", "a - b|a - b"})
  void escapesTheMarkupAndNothingElse(String text, String escaped) {
    assertThat(MarkdownText.escape(text)).isEqualTo(escaped);
  }
}
