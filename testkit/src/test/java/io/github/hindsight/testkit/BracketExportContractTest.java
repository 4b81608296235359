package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.spi.FormatProvider;

/** The bracket export meets the contract, its own structure check included. */
class BracketExportContractTest extends FormatContractTest {
  @Override
  protected FormatProvider format() {
    return new BracketExport();
  }

  /** Every list opens and closes, with one line per question. */
  @Override
  protected void checkStructure(WrittenDocument document) {
    assertBracketed(document);
  }

  static void assertBracketed(WrittenDocument document) {
    String text = document.text();
    assertThat(text).as("the list").startsWith("[\n").endsWith("]\n");
    assertThat(text.lines().count()).as("lines of the list").isEqualTo(document.questions().size() + 2L);
  }
}
