package io.github.hindsight.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.ActorRole;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Only sides are ranked; the other actors are scored and shown, and never lift or lower a side. */
class RolesTest {
  private final Judge judge = Judge.standard();

  /** Two sides and a party affected that fares better than either on everything it has. */
  private static Question withBystander(ActorRole role) {
    return Question.builder().id("bystander").prompt("Who won?")
        .addActor(Actor.builder().id("red").name("Red").build())
        .addActor(Actor.builder().id("blue").name("Blue").build())
        .addActor(Actor.builder().id("town").name("The town").role(role).build())
        .addObjective(Objective.builder().id("red-aim").addActor("red").statement("Take the bridge.")
            .outcome(Outcome.of(OutcomeStatus.PARTLY_ACHIEVED, "")).build())
        .addObjective(Objective.builder().id("blue-aim").addActor("blue").statement("Hold the bridge.")
            .outcome(Outcome.of(OutcomeStatus.NOT_ACHIEVED, "")).build())
        .addObjective(Objective.builder().id("town-aim").addActor("town").statement("Be left alone.").importance(Importance.HIGH)
            .outcome(Outcome.of(OutcomeStatus.ACHIEVED, "")).build())
        .addConsequence(Consequence.builder().id("rebuilt").statement("The town was rebuilt.")
            .addEffect(ActorEffect.builder().actor("town").effect(Effect.POSITIVE).build())
            .addEffect(ActorEffect.builder().actor("blue").effect(Effect.NEGATIVE).build()).build())
        .build();
  }

  @Test
  void aPartyAffectedIsScoredButNeverRanked() {
    Verdict v = judge.judge(withBystander(ActorRole.AFFECTED)).verdict();

    assertThat(v.ranking()).containsExactly("red", "blue");
    assertThat(v.others()).containsExactly("town");
    // Scored, so that what the events meant for it can be shown.
    assertThat(v.score("town", "objectives").value()).isEqualTo(1.0);
    assertThat(v.score("town", "consequences").value()).isEqualTo(1.0);
    // The margin is between the sides, not against the bystander that scores above them both.
    assertThat(v.margin()).isCloseTo(v.total("red") - v.total("blue"), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(v.leadersOn("objectives")).containsExactly("red");
    assertThat(v.sensitivity()).allSatisfy(s -> {
      s.above().ifPresent(t -> assertThat(t.newLeader()).isNotEqualTo("town"));
      s.below().ifPresent(t -> assertThat(t.newLeader()).isNotEqualTo("town"));
    });
  }

  @Test
  void theSameActorAsASideIsRankedAndLeads() {
    Verdict v = judge.judge(withBystander(ActorRole.SIDE)).verdict();
    assertThat(v.others()).isEmpty();
    assertThat(v.leader()).isEqualTo("town");
  }

  @Test
  void everyRoleThatIsNotASideGivesTheSidesTheSameVerdict() {
    Verdict affected = judge.judge(withBystander(ActorRole.AFFECTED)).verdict();
    for (ActorRole role : List.of(ActorRole.MEDIATOR, ActorRole.OBSERVER)) {
      Verdict other = judge.judge(withBystander(role)).verdict();
      assertThat(other.standings()).isEqualTo(affected.standings());
      assertThat(other.sensitivity()).isEqualTo(affected.sensitivity());
      assertThat(other.others()).containsExactly("town");
    }
  }

  @Test
  void aCoalitionIsScoredOnItsOwnAimsNotItsMembers() {
    Question q = Question.builder().id("coalition").prompt("Who won?")
        .addActor(Actor.builder().id("allies").name("The Allies").addMember("north").addMember("south").build())
        .addActor(Actor.builder().id("north").name("North").role(ActorRole.OBSERVER).build())
        .addActor(Actor.builder().id("south").name("South").role(ActorRole.OBSERVER).build())
        .addActor(Actor.builder().id("rival").name("Rival").build())
        .addObjective(Objective.builder().id("joint").addActor("allies").statement("Keep the city.")
            .outcome(Outcome.of(OutcomeStatus.ACHIEVED, "")).build())
        .addObjective(Objective.builder().id("north-own").addActor("north").statement("Gain a port.").importance(Importance.HIGH)
            .outcome(Outcome.of(OutcomeStatus.NOT_ACHIEVED, "")).build())
        .addObjective(Objective.builder().id("rival-aim").addActor("rival").statement("Take the city.")
            .outcome(Outcome.of(OutcomeStatus.NOT_ACHIEVED, "")).build())
        .build();
    Verdict v = judge.judge(q).verdict();

    // North's failed aim is North's, not the coalition's: the Allies score 1 on their one aim.
    assertThat(v.score("allies", "objectives").value()).isEqualTo(1.0);
    assertThat(v.ranking()).containsExactly("allies", "rival");
    assertThat(v.others()).containsExactly("north", "south");
    assertThat(v.aims()).extracting(AimsExtent::actor).containsExactly("allies", "north", "rival");
  }

  /** Seeds of questions with an actor that is not a side. */
  @Provide
  Arbitrary<Long> seedsWithANonSide() {
    return Arbitraries.longs().filter(seed -> RandomQuestions.judgeable(seed).actors().stream().anyMatch(a -> a.role() != ActorRole.SIDE));
  }

  @Property(tries = 200)
  void changingWhatIsRecordedForANonSideNeverChangesTheSides(@ForAll("seedsWithANonSide") long seed, @ForAll long salt) {
    Question q = RandomQuestions.judgeable(seed);
    Question changed = changeNonSides(q, new SplittableRandom(salt));
    Judgement before = judge.judge(q);
    Judgement after = judge.judge(changed);
    Set<String> sides = q.actors().stream().filter(a -> a.role() == ActorRole.SIDE).map(Actor::id).collect(Collectors.toSet());

    assertThat(after.verdicts()).hasSameSizeAs(before.verdicts());
    for (int i = 0; i < before.verdicts().size(); i++) {
      Verdict b = before.verdicts().get(i);
      Verdict a = after.verdicts().get(i);
      assertThat(a.scenario()).isEqualTo(b.scenario());
      assertThat(a.standings()).isEqualTo(b.standings());
      assertThat(a.unscored()).isEqualTo(b.unscored());
      assertThat(a.others()).isEqualTo(b.others()).doesNotContainAnyElementsOf(sides);
      assertThat(a.margin()).isEqualTo(b.margin());
      assertThat(a.label()).isEqualTo(b.label());
      assertThat(a.sensitivity()).isEqualTo(b.sensitivity());
      assertThat(a.scores().stream().filter(s -> sides.contains(s.actor())).toList())
          .isEqualTo(b.scores().stream().filter(s -> sides.contains(s.actor())).toList());
      // Sensitivity stays exact with the roles drawn at random: it names only sides as new leaders.
      assertThat(a.sensitivity()).allSatisfy(s -> {
        s.above().ifPresent(t -> assertThat(sides).contains(t.newLeader()));
        s.below().ifPresent(t -> assertThat(sides).contains(t.newLeader()));
      });
    }
    assertThat(after.decisiveReadings()).isEqualTo(before.decisiveReadings());
  }

  /**
   * The same question with everything recorded for its non-sides alone changed at random: the
   * outcome and importance of the aims they alone hold, their effect in each consequence, the
   * views of them, their role among the roles that are not a side, and a new aim for each.
   */
  private static Question changeNonSides(Question q, SplittableRandom random) {
    Set<String> others = q.actors().stream().filter(a -> a.role() != ActorRole.SIDE).map(Actor::id).collect(Collectors.toSet());
    OutcomeStatus[] settled = {OutcomeStatus.ACHIEVED, OutcomeStatus.PARTLY_ACHIEVED, OutcomeStatus.NOT_ACHIEVED, OutcomeStatus.UNCLEAR};
    ActorRole[] notSides = {ActorRole.AFFECTED, ActorRole.MEDIATOR, ActorRole.OBSERVER};
    List<Objective> objectives = new ArrayList<>();
    for (Objective o : q.objectives()) {
      boolean theirsAlone = others.containsAll(o.actors()) && o.outcome().status() != OutcomeStatus.DEPENDS_ON_READING;
      objectives.add(theirsAlone
          ? o.withImportance(Importance.values()[random.nextInt(3)])
              .withOutcome(o.outcome().withStatus(settled[random.nextInt(settled.length)]))
          : o);
    }
    for (String other : others) {
      objectives.add(Objective.builder().id("added-aim-of-" + other).addActor(other).statement("An aim added.")
          .outcome(Outcome.of(settled[random.nextInt(settled.length)], "")).build());
    }
    List<Consequence> consequences = new ArrayList<>();
    for (Consequence c : q.consequences()) {
      consequences.add(c.withEffects(c.effects().stream()
          .map(e -> others.contains(e.actor()) ? e.withEffect(Effect.values()[random.nextInt(Effect.values().length)]) : e)
          .toList()));
    }
    List<Perception> perceptions = new ArrayList<>();
    for (Perception p : q.perceptions()) {
      perceptions.add(others.contains(p.actor()) ? p.withView(Effect.values()[random.nextInt(Effect.values().length)]) : p);
    }
    List<Actor> actors = q.actors().stream()
        .map(a -> others.contains(a.id()) ? a.withRole(notSides[random.nextInt(notSides.length)]) : a).toList();
    return q.withObjectives(objectives).withConsequences(consequences).withPerceptions(perceptions).withActors(actors);
  }
}
