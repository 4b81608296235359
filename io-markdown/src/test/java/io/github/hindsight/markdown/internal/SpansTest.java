package io.github.hindsight.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * A document read first without source spans gives what the reading with spans gives: the same
 * question or topic, and the same problems at the same lines and columns, also where the text as
 * written is needed (markup the writer never makes, blocks that lenient reading keeps).
 */
class SpansTest {
  /** Lines that need the text as written, and lines that break the document. */
  private static final List<String> LINES = List.of(
      "- stray bullet", "a stray paragraph with *emphasis*", "## Notes", "some notes", "# Who *really* won?",
      "- **Kind:** state", "- **Colour:** blue", "  - **Colour:** blue", "  * **Shade:** dark", "- Text with `code` and <b>html</b> and [a link](x)",
      "> quote", "| a | b |", "|---|---|", "### Heading `x`", "", "---");

  @Property(tries = 300)
  void anEditedQuestionReadsAsWithSpans(@ForAll @LongRange(min = -100_000, max = 100_000) long seed,
      @ForAll("edits") List<PartsTest.Edit> edits, @ForAll boolean strict) {
    List<String> lines = new ArrayList<>(MarkdownFormat.write(RandomQuestions.question(seed, 3)).lines().toList());
    for (PartsTest.Edit e : edits) {
      lines.add(Math.floorMod(e.position(), lines.size() + 1), e.line());
    }
    assertSameAsWithSpans(String.join("\n", lines), strict);
  }

  @Provide
  Arbitrary<List<PartsTest.Edit>> edits() {
    Arbitrary<PartsTest.Edit> edit = Arbitraries.integers().between(0, 10_000)
        .flatMap(p -> Arbitraries.of(LINES).map(l -> new PartsTest.Edit(p, l)));
    return edit.list().ofMinSize(1).ofMaxSize(5);
  }

  @Test
  void aLenientQuestionWithKeptBlocksAndMarkupReadsAsWithSpans() {
    String text = MarkdownFormat.write(RandomQuestions.question(7, 3)).replaceFirst("\n## ", "\nA paragraph with *emphasis* kept.\n\n## ");
    assertSameAsWithSpans(text, false);
  }

  private static void assertSameAsWithSpans(String text, boolean strict) {
    for (Documents.Doc doc : Documents.split(text, "q.md")) {
      DocumentReader.Result quick = DocumentReader.read(doc, "q.md", strict);
      DocumentReader.Result spans = DocumentReader.readOnce(doc, "q.md", strict, true, BlockStream.PART_CHARS);
      assertThat(quick.located().problems().stream().map(FormatProblem::toString).toList()).as("problems, strict %s", strict)
          .isEqualTo(spans.located().problems().stream().map(FormatProblem::toString).toList());
      assertThat(quick.question()).as("strict %s", strict).isEqualTo(spans.question());
      assertThat(quick.topic()).isEqualTo(spans.topic());
    }
  }
}
