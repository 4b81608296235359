package io.github.hindsight.testkit;

import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import java.util.List;

/** An export built on the base passes the whole contract, refusals and sinks included. */
class PromptListExportContractTest extends FormatContractTest {
  @Override
  protected FormatProvider format() {
    return new PromptListExport();
  }

  @Override
  protected List<Question> unholdableQuestions() {
    return List.of(SampleBank.minimal().withTags(MemoFormat.REFUSED_TAG));
  }

  @Override
  protected void checkStructure(WrittenDocument document) {
    BracketExportContractTest.assertBracketed(document);
  }
}
