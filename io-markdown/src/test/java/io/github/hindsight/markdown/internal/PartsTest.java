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
      "see [ref]", "- **Kind:** state", "text with | pipe", "1. ordered", "    indented code", "#hashtag", "Setext");

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
