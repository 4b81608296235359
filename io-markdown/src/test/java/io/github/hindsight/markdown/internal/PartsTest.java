package io.github.hindsight.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/**
 * A body parsed a part at a time reads exactly as the body parsed whole: the same question, or
 * the same problems at the same lines and columns, whatever the size of the parts.
 */
class PartsTest {
  /** Lines that start, end or run on over the places where a part may end. */
  private static final List<String> TRICKY = List.of(
      "```", "~~~~", "``` x`y", "    ```", "- ```", "  ```", "<div>", "<!-- open", "-->", "<pre>", "</pre>",
      "| a | b |", "|---|---|", "| c | d |", "- stray bullet", "  - nested stray", "- - -", "---", "===", "",
      "## Evidence", "## Objectives", "### A heading `x`", "# Title again", "> quote", "> ```", "[ref]: /url",
      "see [ref]", "- **Kind:** state", "text with | pipe", "1. ordered", "    indented code", "#hashtag", "Setext",
      "### a | b");

  @Property(tries = 150)
  void aWrittenQuestionReadsTheSameInPartsOfAnySize(@ForAll @LongRange(min = -100_000, max = 100_000) long seed,
      @ForAll @IntRange(min = 1, max = 6) int size, @ForAll @IntRange(min = 1, max = 4000) int partChars) {
    String text = MarkdownFormat.write(RandomQuestions.question(seed, size));
    assertSameInParts(text, partChars, true);
  }

  @Property(tries = 400)
  void anEditedQuestionReadsTheSameInParts(@ForAll @LongRange(min = -100_000, max = 100_000) long seed,
      @ForAll("edits") List<Edit> edits, @ForAll @IntRange(min = 1, max = 600) int partChars, @ForAll boolean strict) {
    List<String> lines = new ArrayList<>(MarkdownFormat.write(RandomQuestions.question(seed, 3)).lines().toList());
    for (Edit e : edits) {
      lines.add(Math.floorMod(e.position(), lines.size() + 1), e.line());
    }
    String text = String.join("\n", lines);
    assertSameInParts(text, partChars, strict);
  }

  @Test
  void theExamplesReadTheSameInSmallParts() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("..", "examples", "questions"))) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      for (int partChars : new int[] {1, 50, 700}) {
        assertSameInParts(text, partChars, true);
        assertSameInParts(text, partChars, false);
      }
    }
  }

  @Property(tries = 100)
  void aWrittenQuestionIsReadAPartAtATimeToTheEnd(@ForAll @LongRange(min = -100_000, max = 100_000) long seed,
      @ForAll @IntRange(min = 3, max = 6) int size) {
    String text = MarkdownFormat.write(RandomQuestions.question(seed, size));
    Documents.Doc doc = Documents.split(text, "q.md").get(0);
    BlockStream blocks = new MarkdownBody(doc.body(), doc.bodyFirstLine(), new Located("q.md", false), false).blocks(200);
    BlockStream.Lists lists = BlockStream.Lists.WHOLE;
    int headings = 0;
    for (Node n = blocks.next(lists); n != null; n = blocks.next(lists)) {
      if (n instanceof Heading h && h.getLevel() == 2 && h.getFirstChild() instanceof Text t) {
        lists = Sections.lists(t.getLiteral());
        headings++;
      }
    }
    assertThat(headings).isPositive();
    assertThat(blocks.restParsedAsOne()).isFalse();
  }

  @Test
  void aHeadingLineInsideAnHtmlBlockLeavesTheListsAfterItWhole() {
    assertOneStrayListInAnyParts("<div>\n### Soviet Union `ussr`\n");
  }

  @Test
  void aHeadingLineThatGoesOnATableLeavesTheListsAfterItWhole() {
    assertOneStrayListInAnyParts("| a | b |\n|---|---|\n### Soviet Union `ussr` | c\n");
  }

  @Test
  void aFenceInsideAListItemHidesNoSectionHeading() {
    String text = "# Who won?\n\n## Sources\n\n- A source `{#source-1}`\n  ```\n\n## Interpretations\n\n"
        + "### Interpretation `interpretation-1`\n\n> A claim\n\n- **Author:** Someone\n  ```\n"
        + "- **Work:** A book\n- **Date:** 1962\n";
    assertThat(wholeProblems(text)).anyMatch(p -> p.contains("fenced code block"));
    assertSameInAnyParts(text);
  }

  @Test
  void anUnderlineAfterASectionHeadingStaysWithTheLineAfterIt() {
    String text = "# Who won?\n\n## Evidence\n===\nSetext\n- A fact `{#evidence-1}`\n";
    assertSameInAnyParts(text);
  }

  /** Bullets after a line that looks like, but is not, a group heading: one list out of place, however the body is cut. */
  private static void assertOneStrayListInAnyParts(String notAHeading) {
    String text = "# Who won?\n\n## Objectives\n\n" + notAHeading + "\n"
        + "- **Achieved** — the first aim `{#objective-1}`\n\n"
        + "- **Achieved** — the second aim `{#objective-2}`\n\n"
        + "- **Failed** — the third aim `{#objective-3}`\n";
    assertThat(wholeProblems(text)).filteredOn(p -> p.contains("unexpected bullet list")).hasSize(1);
    assertSameInAnyParts(text);
  }

  private static List<String> wholeProblems(String text) {
    Documents.Doc doc = Documents.split(text, "q.md").get(0);
    return DocumentReader.read(doc, "q.md", true, Integer.MAX_VALUE).located().problems().stream()
        .map(FormatProblem::toString).toList();
  }

  private static void assertSameInAnyParts(String text) {
    for (int partChars = 1; partChars <= text.length(); partChars++) {
      assertSameInParts(text, partChars, true);
      assertSameInParts(text, partChars, false);
    }
  }

  record Edit(int position, String line) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = Arbitraries.integers().between(0, 10_000)
        .flatMap(p -> Arbitraries.of(TRICKY).map(l -> new Edit(p, l)));
    return edit.list().ofMinSize(1).ofMaxSize(6);
  }

  private static void assertSameInParts(String text, int partChars, boolean strict) {
    for (Documents.Doc doc : Documents.split(text, "q.md")) {
      DocumentReader.Result whole = DocumentReader.read(doc, "q.md", strict, Integer.MAX_VALUE);
      DocumentReader.Result parts = DocumentReader.read(doc, "q.md", strict, partChars);
      List<String> wholeProblems = whole.located().problems().stream().map(FormatProblem::toString).toList();
      assertThat(parts.located().problems().stream().map(FormatProblem::toString).toList()).as("problems, parts of %d, strict %s", partChars, strict).isEqualTo(wholeProblems);
      Question expected = whole.question();
      assertThat(parts.question()).as("parts of %d, strict %s", partChars, strict).isEqualTo(expected);
    }
  }
}
