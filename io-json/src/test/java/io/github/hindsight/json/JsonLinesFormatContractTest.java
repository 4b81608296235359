package io.github.hindsight.json;

import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.testkit.BrokenDocument;
import io.github.hindsight.testkit.FormatContractTest;
import java.util.List;

/** The JSON Lines format meets the plugin contract that every format owes. */
class JsonLinesFormatContractTest extends FormatContractTest {
  @Override
  protected FormatProvider format() {
    return new JsonLinesFormat();
  }

  @Override
  protected List<BrokenDocument> brokenDocuments() {
    return List.of(
        BrokenDocument.of("second-line-broken.jsonl",
            "{\"format\": \"hindsight-question\", \"version\": 1, \"id\": \"q\", \"prompt\": \"Who won?\"}\n{\"format\": \"hindsight-question\", \"version\": 1, \"id\": \"Q 2\", \"prompt\": \"Who lost?\"}\n")
            .atLine(2));
  }

  /** JSON cannot place what another format kept from a lenient read, so it refuses it. */
  @Override
  protected List<Question> unholdableQuestions() {
    return Io.withForeignExtra();
  }
}
