package io.github.hindsight.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.html.internal.Html;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.RandomQuestions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** No text becomes markup, and every page of a random question holds together. */
class EscapingPropertiesTest {
  /** Reads character references back, as a browser does for the five the escaping writes. */
  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  @Property(tries = 500)
  void escapedTextHasNoMarkupAndReadsBackAsWritten(@ForAll String text) {
    String escaped = Html.text(text);
    assertThat(escaped).doesNotContain("<", ">", "\"", "'").doesNotContainPattern("&(?!(amp|lt|gt|quot|#39);)");
    String expected = text.codePoints().collect(StringBuilder::new, (sb, c) -> {
      if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe || (c >= 0xd800 && c <= 0xdfff)) {
        sb.append('\ufffd');
      } else {
        sb.appendCodePoint(c);
      }
    }, StringBuilder::append).toString();
    assertThat(unescape(escaped)).isEqualTo(expected);
  }

  @Property(tries = 40)
  void thePageOfEveryRandomQuestionLoadsNothingAndLinksWithin(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Question question = RandomQuestions.judgeable(seed);
    String page = HtmlPage.standard().render(question);
    PageChecks.check(page, href -> false);
    assertThat(page).contains("<h1 id=\"" + Html.id(question.id(), "question") + "\">" + Html.text(question.prompt()) + "</h1>");
  }
}
