package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.testkit.samples.RandomQuestions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Any valid question survives JSON and JSON Lines unchanged, and writing is deterministic. */
class RoundTripPropertiesTest {

  @Property(tries = 300)
  void jsonGivesBackAnEqualQuestion(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int size) {
    Question q = RandomQuestions.question(seed, size);
    String once = Io.write(Io.JSON, q);
    Question back = Io.read(Io.JSON, once);
    assertThat(back).isEqualTo(q);
    assertThat(Io.write(Io.JSON, back)).isEqualTo(once);
  }

  @Property(tries = 300)
  void jsonLinesGivesBackAnEqualQuestionOnOneLine(@ForAll long seed) {
    Question q = RandomQuestions.question(seed);
    String once = Io.write(Io.JSONL, q);
    assertThat(once).endsWith("\n").doesNotContain("\r").satisfies(s -> assertThat(s.indexOf('\n')).isEqualTo(s.length() - 1));
    Question back = Io.read(Io.JSONL, once);
    assertThat(back).isEqualTo(q);
    assertThat(Io.write(Io.JSONL, back)).isEqualTo(once);
  }

  @Property(tries = 40)
  void banksSurviveBothFormats(@ForAll long seed, @ForAll @IntRange(min = 0, max = 12) int count) {
    QuestionBank bank = RandomQuestions.bank(seed, count);
    String json = Io.writeBank(Io.JSON, bank);
    assertThat(Io.readBank(Io.JSON, json)).isEqualTo(bank);
    assertThat(Io.writeBank(Io.JSON, Io.readBank(Io.JSON, json))).isEqualTo(json);
    String jsonl = Io.writeBank(Io.JSONL, bank);
    assertThat(Io.readBank(Io.JSONL, jsonl)).isEqualTo(bank);
  }
}
