package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import org.junit.jupiter.api.Test;

class SampleBankTest {
  @Test
  void theSampleBankIsValidAndTheSameEveryTime() {
    QuestionBank bank = SampleBank.bank();

    assertThat(bank.validate().errors()).isEmpty();
    assertThat(bank).isEqualTo(SampleBank.bank());
    assertThat(bank.questions()).extracting(Question::id)
        .startsWith("cuban-missile-crisis-who-won", "minimal", "awkward-text")
        .hasSize(3 + SampleBank.GENERATED);
    assertThat(bank.topics()).extracting(t -> t.id()).contains("cuban-missile-crisis");
  }

  @Test
  void theAwkwardQuestionHoldsTheCharactersFormatsGetWrong() {
    String text = SampleBank.awkwardText().toString() + SampleBank.awkwardText().guidance() + SampleBank.awkwardText().actors();

    assertThat(text).contains("\"", "\\", "#", "|", "<", ">", "&", "`", "Č", "🕊");
  }
}
