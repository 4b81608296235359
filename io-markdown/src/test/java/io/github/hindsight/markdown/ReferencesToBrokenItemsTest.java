package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.ReadOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An item that is written but cannot be built is reported once, at the item: the references to
 * it are not reported again as unknown, while a reference to an id written nowhere still is.
 */
class ReferencesToBrokenItemsTest {
  private static final String DOCUMENT = """
      ---
      id: who-won
      ---

      # Who won?

      ## Actors

      ### Soviet Union `ussr`

      - **Kind:** state

      ## Objectives

      ### Soviet Union `ussr`

      - **Achieved** — Keep Cuba. `{#keep-cuba}`
        - **Evidence:** `pledge`, `nowhere`

      ## Evidence

      - **1962-10-28** — `{#pledge}`
      """;

  private static List<FormatProblem> problems(String document) {
    FormatException e = catchThrowableOfType(FormatException.class, () -> MarkdownFormat.read(document, ReadOptions.named("q.md")));
    assertThat(e).as("expected problems").isNotNull();
    return e.problems();
  }

  /** The 1-based line and column where {@code text} first stands in the document. */
  private static int[] where(String text) {
    int index = DOCUMENT.indexOf(text);
    assertThat(index).as(text).isNotNegative();
    int lineStart = DOCUMENT.lastIndexOf('\n', index) + 1;
    return new int[] {(int) DOCUMENT.substring(0, index).chars().filter(c -> c == '\n').count() + 1, index - lineStart + 1};
  }

  @Test
  void aReferenceToAnItemThatCouldNotBeBuiltIsNotReportedAgain() {
    List<FormatProblem> problems = problems(DOCUMENT);

    assertThat(problems).extracting(FormatProblem::message).noneMatch(m -> m.contains("'pledge'"));
    assertThat(problems).extracting(FormatProblem::message).noneMatch(m -> m.contains("Evidence."));
    assertThat(problems).filteredOn(p -> p.message().startsWith("evidence: "))
        .singleElement().satisfies(p -> assertThat(p.location().line()).hasValue(where("- **1962-10-28** — `{#pledge}`")[0]));
  }

  @Test
  void aReferenceToAnIdWrittenNowhereIsStillReported() {
    List<FormatProblem> problems = problems(DOCUMENT);

    assertThat(problems).filteredOn(p -> p.message().startsWith("unknown evidence 'nowhere'"))
        .singleElement().satisfies(p -> {
          assertThat(p.location().line()).hasValue(where("`nowhere`")[0]);
          assertThat(p.location().column()).hasValue(where("`nowhere`")[1]);
        });
  }

  @Test
  void withTheItemRepairedNeitherReferenceIsExcused() {
    List<FormatProblem> problems = problems(DOCUMENT.replace("— `{#pledge}`", "— A pledge. `{#pledge}`"));

    assertThat(problems).extracting(FormatProblem::message).containsExactly("unknown evidence 'nowhere'; expected one of pledge");
  }
}
