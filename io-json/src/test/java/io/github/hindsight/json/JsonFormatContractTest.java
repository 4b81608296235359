package io.github.hindsight.json;

import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.testkit.BrokenDocument;
import io.github.hindsight.testkit.FormatContractTest;
import java.util.List;

/** The JSON format meets the plugin contract that every format owes. */
class JsonFormatContractTest extends FormatContractTest {
  @Override
  protected FormatProvider format() {
    return new JsonFormat();
  }

  @Override
  protected List<BrokenDocument> brokenDocuments() {
    return List.of(
        BrokenDocument.of("missing-comma.json", "{\"format\": \"hindsight-question\"\n \"version\": 1}").at(2, 2),
        BrokenDocument.of("unknown-member.json",
            "{\"format\": \"hindsight-question\", \"version\": 1, \"id\": \"q\", \"prompt\": \"Who won?\", \"colour\": \"red\"}")
            .atPointer("/colour"));
  }

  /** JSON cannot place what another format kept from a lenient read, so it refuses it. */
  @Override
  protected List<Question> unholdableQuestions() {
    return Io.withForeignExtra();
  }
}
