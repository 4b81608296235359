package io.github.hindsight.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.html.internal.Html;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.testkit.FormatContractTest;
import io.github.hindsight.testkit.WrittenDocument;

/**
 * The HTML export meets the SDK's contract for one-way formats, and every document it writes, by
 * every path, is a page that loads nothing, whose links all lead somewhere on it, and that shows
 * each question's prompt and the heading of each section.
 */
class HtmlFormatContractTest extends FormatContractTest {
  @Override
  protected FormatProvider format() {
    return new HtmlFormat();
  }

  @Override
  protected void checkStructure(WrittenDocument document) {
    String html = document.text();
    PageChecks.check(html, href -> false);
    assertThat(html).endsWith("</html>\n");
    for (Question q : document.questions()) {
      assertThat(html).contains(">" + Html.text(q.prompt()) + "</h1>", "The actors and their aims", "Timeline", "The analysis",
          "At the time and with hindsight", "Actors, aims and consequences");
    }
  }
}
