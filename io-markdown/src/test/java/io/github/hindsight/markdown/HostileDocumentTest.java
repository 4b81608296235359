package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
