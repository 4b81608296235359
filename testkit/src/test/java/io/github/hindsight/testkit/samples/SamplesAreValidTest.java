package io.github.hindsight.testkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The reference questions and every generated question and bank pass validation. */
class SamplesAreValidTest {

  @Test
  void theReferenceQuestionIsValid() {
    assertThat(Samples.cubanMissileCrisis().validate().problems()).isEmpty();
    assertThat(Samples.coldWarBank().validate().problems()).isEmpty();
  }

  @Property(tries = 200)
  void generatedQuestionsHaveNoErrors(@ForAll long seed) {
    assertThat(RandomQuestions.question(seed).validate().errors()).isEmpty();
  }

  @Property(tries = 20)
  void generatedBanksHaveNoErrors(@ForAll long seed) {
    assertThat(RandomQuestions.bank(seed, 12).validate().errors()).isEmpty();
  }

  @Property(tries = 100)
  void judgeableQuestionsAreValidAndUseBuiltInMeasuresOnly(@ForAll long seed) {
    io.github.hindsight.model.Question q = RandomQuestions.judgeable(seed);
    assertThat(q.validate().errors()).isEmpty();
    assertThat(q.criteria()).noneMatch(c -> c.measure() == io.github.hindsight.model.Measure.CUSTOM);
    assertThat(q.objectives().stream().filter(o -> o.outcome().status() == io.github.hindsight.model.OutcomeStatus.DEPENDS_ON_READING))
        .hasSizeLessThanOrEqualTo(RandomQuestions.JUDGEABLE_READINGS);
  }
}
