package io.github.hindsight.markdown;

import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.testkit.FormatContractTest;

/** The revision-notes export meets the SDK's contract for one-way formats. */
class RevisionNotesContractTest extends FormatContractTest {
  @Override
  protected FormatProvider format() {
    return new RevisionNotesFormat();
  }
}
