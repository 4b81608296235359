package io.github.hindsight.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The lookups a judgement builds once give what the question's own lookups, or the definitions of
 * docs/judgement.md, give each time.
 */
class IndexPropertiesTest {
  /** Every id an objective, consequence or perception names as its actor, the question's actors and one that is nobody's. */
  private static Set<String> actorIds(Question q) {
    Set<String> ids = new LinkedHashSet<>();
    q.actors().forEach(a -> ids.add(a.id()));
    q.objectives().forEach(o -> ids.addAll(o.actors()));
    q.consequences().forEach(c -> c.effects().forEach(e -> ids.add(e.actor())));
    q.perceptions().forEach(p -> ids.add(p.actor()));
    ids.add("nobody-at-all");
    return ids;
  }

  @Property(tries = 300)
  void whatBearsOnAnActorIsWhatTheQuestionSays(@ForAll long seed, @ForAll @IntRange(min = 1, max = 24) int size) {
    Question q = RandomQuestions.question(seed, size);
    ByActor index = new ByActor(q);
    for (String actor : actorIds(q)) {
      assertThat(index.objectivesOf(actor)).as("objectives of %s", actor).isEqualTo(q.objectivesOf(actor));
      assertThat(index.perceptionsOf(actor)).as("perceptions of %s", actor).isEqualTo(q.perceptionsOf(actor));
      List<Consequence> consequences = new ArrayList<>();
      for (ByActor.Bearing b : index.consequencesFor(actor)) {
        consequences.add(b.consequence());
        assertThat(b.effect()).as("effect of %s on %s", b.consequence().id(), actor)
            .isEqualTo(b.consequence().effectOn(actor).map(ActorEffect::effect).orElseThrow());
      }
      assertThat(consequences).as("consequences for %s", actor).isEqualTo(q.consequencesFor(actor));
    }
  }

  /**
   * What an interpretation leaves out, as section 9 defines it: the known evidence the other
   * interpretations cite, in the order they first cite it, less what this one cites either way.
   */
  private static List<String> leavesOutByDefinition(Question q, Interpretation i, KnownAt known) {
    Set<String> out = new LinkedHashSet<>();
    for (Interpretation other : q.interpretations()) {
      if (!other.id().equals(i.id())) {
        out.addAll(known.knownOf(other.supportingEvidence()));
        out.addAll(known.knownOf(other.challengingEvidence()));
      }
    }
    out.removeAll(i.supportingEvidence());
    out.removeAll(i.challengingEvidence());
    return List.copyOf(out);
  }

  @Property(tries = 300)
  void whatAnInterpretationLeavesOutIsWhatTheOthersCiteAndItDoesNot(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 24) int size, @ForAll @IntRange(min = 1950, max = 2000) int year,
      @ForAll boolean hindsight) {
    Question q = RandomQuestions.question(seed, size);
    KnownAt known = new KnownAt(q, hindsight ? Optional.empty() : Optional.of(HistoricalDate.ofYear(year)));
    InterpretationSupports supports = new InterpretationSupports(q, List.of(), known, InterpretationNames.of(q));
    for (Interpretation i : q.interpretations()) {
      assertThat(supports.of(i).leavesOut()).as("what %s leaves out", i.id()).isEqualTo(leavesOutByDefinition(q, i, known));
    }
  }
}
