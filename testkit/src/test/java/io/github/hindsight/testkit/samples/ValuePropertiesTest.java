package io.github.hindsight.testkit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.Question;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Equality, builders and {@code with*} copies behave as values. */
class ValuePropertiesTest {

  @Property(tries = 200)
  void theSameSeedGivesAnEqualQuestion(@ForAll long seed) {
    Question a = RandomQuestions.question(seed);
    Question b = RandomQuestions.question(seed);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
    assertThat(a.toString()).isEqualTo(b.toString());
  }

  @Property(tries = 200)
  void aBuilderFromAQuestionRebuildsIt(@ForAll long seed) {
    Question q = RandomQuestions.question(seed);
    assertThat(Question.builder().from(q).build()).isEqualTo(q);
  }

  @Property(tries = 200)
  void withCopiesChangeOneThingOnly(@ForAll long seed) {
    Question q = RandomQuestions.question(seed);
    Question changed = q.withPrompt(q.prompt() + " Discuss.");
    assertThat(changed).isNotEqualTo(q);
    assertThat(changed.prompt()).endsWith(" Discuss.");
    assertThat(changed.withPrompt(q.prompt())).isEqualTo(q);
    assertThat(changed.objectives()).isEqualTo(q.objectives());
    assertThat(q.withId(q.id())).isSameAs(q);
  }

  @Property(tries = 100)
  void listsAreImmutable(@ForAll long seed) {
    Question q = RandomQuestions.question(seed);
    assertThatThrownBy(() -> q.actors().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Property(tries = 100)
  void differentSeedsUsuallyDiffer(@ForAll long seed, @ForAll @IntRange(min = 1, max = 1000) int delta) {
    assertThat(RandomQuestions.question(seed)).isNotEqualTo(RandomQuestions.question(seed + delta));
  }

  @Property(tries = 100)
  void navigationAgreesWithTheLists(@ForAll long seed) {
    Question q = RandomQuestions.question(seed);
    for (Actor actor : q.actors()) {
      assertThat(q.actor(actor.id())).contains(actor);
      assertThat(q.objectivesOf(actor.id())).allMatch(o -> o.actors().contains(actor.id()));
      assertThat(q.consequencesFor(actor.id())).allMatch(c -> c.effectOn(actor.id()).isPresent());
    }
    assertThat(q.actor("no-such-actor")).isEmpty();
  }
}
