package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.ReadOptions;
import org.junit.jupiter.api.Test;

/** Decades, ranges and a reading's status before its evidence, as a teacher writes them. */
class TimesTest {
  private static final String DOC = """
      ---
      id: korea
      ---

      # How far did the United Nations achieve its aims in Korea?

      ## Actors

      ### United Nations Command `unc`

      - **Kind:** group

      ## Objectives

      ### United Nations Command `unc`

      - **Depends on reading** — Unite Korea by force. `{#unite-korea}`
        - **If the intent was:** The advance north was meant to unite Korea. `{#unite}`
          - **Then:** not achieved
          - **Evidence:** `advance-north`
          - **Before the evidence came out:** partly achieved
        - **If the intent was:** The advance was only meant to destroy the northern army. `{#destroy}`
          - **Then:** partly achieved

      ## Consequences

      - **../1961** — The border stayed a flashpoint. `{#flashpoint}`
        - **Negative for** `unc`

      ## Evidence

      - **1950-10/1950-11** — The advance north of the 38th parallel. `{#advance-north}`
        - **Known from:** 199X
      """;

  @Test
  void readsTheFormsAndWritesThemBackAsWritten() {
    Question q = MarkdownFormat.read(DOC, ReadOptions.named("korea.md"));

    assertThat(q.consequences().get(0).date()).contains(HistoricalDate.until(HistoricalDate.ofYear(1961)));
    assertThat(q.evidence().get(0).date()).contains(HistoricalDate.range(HistoricalDate.ofMonth(1950, 10), HistoricalDate.ofMonth(1950, 11)));
    assertThat(q.evidence().get(0).knownFrom()).contains(HistoricalDate.ofDecade(1990));
    assertThat(q.objectives().get(0).outcome().reading("unite").orElseThrow().statusBeforeEvidence()).contains(OutcomeStatus.PARTLY_ACHIEVED);
    assertThat(q.objectives().get(0).outcome().reading("destroy").orElseThrow().statusBeforeEvidence()).isEmpty();
    String written = MarkdownFormat.write(q);
    assertThat(written).contains("- **../1961** — The border", "  - **Known from:** 199X", "    - **Before the evidence came out:** partly achieved");
    assertThat(MarkdownFormat.read(written, ReadOptions.named("again.md"))).isEqualTo(q);
  }
}
