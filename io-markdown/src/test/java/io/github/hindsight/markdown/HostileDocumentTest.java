package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.model.Extra;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.ReadOptions;
import org.junit.jupiter.api.Test;

/** Documents that once escaped as the wrong exception, or took too much memory, now get located problems. */
class HostileDocumentTest {
  private static final String CUBA = MarkdownFormat.write(Samples.cubanMissileCrisis());

  @Test
  void aSchemeGivenTwiceIsALocatedProblem() {
    String line = "- **Identifier:** `wikidata` Q15180\n";
    int lineNumber = (int) CUBA.substring(0, CUBA.indexOf(line)).lines().count() + 2;
    String twice = CUBA.replace(line, line + "- **Identifier:** `wikidata` Q1\n");
    assertThatThrownBy(() -> MarkdownFormat.read(twice, ReadOptions.named("cuba.md")))
        .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).singleElement()
            .hasToString("cuba.md:" + lineNumber + ":3: an identifier in the scheme 'wikidata' is given twice (first at line "
                + (lineNumber - 1) + "); expected one identifier a scheme"));
  }

  @Test
  void hugeFrontMatterIsRefusedBeforeItIsParsed() {
    String huge = CUBA.replace("kind: who-won\n", "kind: who-won\nnote: " + "x".repeat(5_000_000) + "\n");
    assertThatThrownBy(() -> MarkdownFormat.read(huge, ReadOptions.builder().sourceName("huge.md").strict(false).build()))
        .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems().get(0).toString())
            .startsWith("huge.md:2:1: the front matter has ").endsWith("characters; expected at most 65536"));
  }

  /** The notes section appended to the Cuban document, and the line of its first paragraph. */
  private static String withNotes(String paragraph) {
    return CUBA + "\n## Notes\n\n" + paragraph + "\n";
  }

  private static int notesLine() {
    return (int) CUBA.lines().count() + 4;
  }

  @Test
  void thousandsOfUnmatchedBracketsAreRefusedAtTheFirstOneOverTheLimit() {
    // 20 KB of '![' then '](': a CommonMark parse of this takes time and memory in the square of its size.
    int pairs = 20 * 1024 / 4;
    String doc = withNotes("![".repeat(pairs) + "](".repeat(pairs));
    assertThatThrownBy(() -> MarkdownFormat.read(doc, ReadOptions.builder().sourceName("brackets.md").strict(false).build()))
        .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).singleElement().hasToString(
            "brackets.md:" + notesLine() + ":258: a paragraph with more than 128 '[' that may open a link or an image; "
                + "expected at most 128 a paragraph (write '\\[' for a bracket that is only text, or split the paragraph with a blank line)"));
  }

  @Test
  void bracketsUpToTheLimitInEveryParagraphAreRead() {
    String paragraph = "![".repeat(50) + "](".repeat(50) + "[x".repeat(78) + "\\[".repeat(1000);
    Question q = MarkdownFormat.read(withNotes(paragraph + "\n\n" + paragraph), ReadOptions.builder().sourceName("brackets.md").strict(false).build());
    assertThat(q.extras()).extracting(Extra::content).containsExactly("## Notes\n\n" + paragraph + "\n\n" + paragraph);
  }

  @Test
  void aDeepListReadLenientlyIsKeptOrRefusedWithALocation() {
    StringBuilder deep = new StringBuilder("\n## Notes\n\n");
    for (int i = 0; i < 300; i++) {
      deep.append("  ".repeat(i)).append("- ").append(i == 0 ? "" : "x").append('\n');
    }
    String doc = CUBA + deep;
    try {
      assertThat(MarkdownFormat.read(doc, ReadOptions.builder().sourceName("deep.md").strict(false).build()).extras()).isNotEmpty();
    } catch (FormatException e) {
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.location().line()).isPresent());
    }
  }
}
