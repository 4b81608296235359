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
    Question q = Samples.cubanMissileCrisis().withTopic(java.util.Optional.empty());
    byte[] json = Io.write(Io.JSON, q).getBytes(StandardCharsets.UTF_8);
    QuestionBank bank = Io.JSON.reader().orElseThrow().readBank(new ByteArrayInputStream(json), ReadOptions.named("q.json"));
    assertThat(bank.questions()).containsExactly(q);
    assertThat(bank.topics()).isEmpty();
    assertThat(bank.validate().isValid()).isTrue();
  }

  @Test
  void aQuestionWhoseTopicIsNotInTheDocumentIsNotABankOnItsOwn() throws Exception {
    // The reference question names the topic 'cuban-missile-crisis', which its document does not define.
    Question q = Samples.cubanMissileCrisis();
    byte[] json = Io.write(Io.JSON, q).getBytes(StandardCharsets.UTF_8);
    FormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(FormatException.class,
        () -> Io.JSON.reader().orElseThrow().readBank(new ByteArrayInputStream(json), ReadOptions.named("q.json")));
    assertThat(e).as("refused").isNotNull();
    String text = Io.write(Io.JSON, q);
    int line = (int) text.substring(0, text.indexOf("\"topic\"")).chars().filter(c -> c == '\n').count() + 1;
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().pointer()).hasValue("/topic");
      assertThat(p.location().line()).hasValue(line);
      assertThat(p.message()).contains("cuban-missile-crisis");
    });
    // One file of a folder links to the others: the folder's reader checks the links on the whole.
    QuestionBank part = Io.JSON.reader().orElseThrow()
        .readBank(new ByteArrayInputStream(json), ReadOptions.builder().sourceName("q.json").checkLinks(false).build());
    assertThat(part.questions()).containsExactly(q);
  }

  @Test
  void problemsInAQuestionReadAsABankKeepTheirLocation() {
    String broken = "{\"format\": \"hindsight-question\", \"version\": 1, \"id\": \"Q\", \"prompt\": \"Who won?\"}";
    assertThatThrownBy(() -> Io.JSON.reader().orElseThrow()
            .readBank(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), ReadOptions.named("q.json")))
        .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems().get(0).toString()).startsWith("q.json:1:").contains("/id"));
  }
}
