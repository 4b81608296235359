package io.github.hindsight.testkit;

import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import java.util.List;

/** A correct format passes the whole contract; the broken ones in {@link ContractCatchesBrokenFormatsTest} do not. */
class MemoFormatContractTest extends FormatContractTest {
  @Override
  protected FormatProvider format() {
    return new MemoFormat();
  }

  @Override
  protected List<Question> unholdableQuestions() {
    return List.of(SampleBank.minimal().withTags(MemoFormat.REFUSED_TAG));
  }

  @Override
  protected List<BrokenDocument> brokenDocuments() {
    return List.of(
        BrokenDocument.of("no-header.memo", "q 123\n").at(1, 1),
        BrokenDocument.of("unknown-key.memo", "memo 1\nq 0000\n").at(2, 3),
        BrokenDocument.of("unknown-line.memo", "memo 1\nquestion\n").atLine(2));
  }
}
