package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A question document reads as a bank of one, so that a folder of question files is a bank. */
class QuestionDocumentAsBankTest {

  @Test
  void aQuestionDocumentIsABankOfOne() throws Exception {
    Question q = Samples.cubanMissileCrisis();
    byte[] json = Io.write(Io.JSON, q).getBytes(StandardCharsets.UTF_8);
    QuestionBank bank = Io.JSON.reader().orElseThrow().readBank(new ByteArrayInputStream(json), ReadOptions.named("q.json"));
    assertThat(bank.questions()).containsExactly(q);
    assertThat(bank.topics()).isEmpty();
  }

  @Test
  void problemsInAQuestionReadAsABankKeepTheirLocation() {
    String broken = "{\"format\": \"hindsight-question\", \"version\": 1, \"id\": \"Q\", \"prompt\": \"Who won?\"}";
    assertThatThrownBy(() -> Io.JSON.reader().orElseThrow()
            .readBank(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), ReadOptions.named("q.json")))
        .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems().get(0).toString()).startsWith("q.json:1:").contains("/id"));
  }
}
