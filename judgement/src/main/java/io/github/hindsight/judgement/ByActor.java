package io.github.hindsight.judgement;

import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What bears on each actor of a question, found in one pass over it for the whole judgement. The
 * built-in measures score every actor on every criterion; asking the question for an actor's
 * objectives, consequences and perceptions scans all of them each time, which made a judgement
 * grow with the number of actors times the size of the question. The lists are those of
 * {@link Question#objectivesOf}, {@link Question#consequencesFor} and {@link Question#perceptionsOf},
 * in the same order.
 */
final class ByActor {
  /** A consequence that bore on an actor, with its effect on that actor. */
  record Bearing(Consequence consequence, Effect effect) {}

  private final Map<String, List<Objective>> objectives = new HashMap<>();
  private final Map<String, List<Bearing>> consequences = new HashMap<>();
  private final Map<String, List<Perception>> perceptions = new HashMap<>();

  ByActor(Question question) {
    // The model names an actor at most once in an objective's actors and a consequence's effects.
    for (Objective o : question.objectives()) {
      for (String actor : o.actors()) {
        listFor(objectives, actor).add(o);
      }
    }
    for (Consequence c : question.consequences()) {
      for (ActorEffect e : c.effects()) {
        listFor(consequences, e.actor()).add(new Bearing(c, e.effect()));
      }
    }
    for (Perception p : question.perceptions()) {
      listFor(perceptions, p.actor()).add(p);
    }
  }

  private static <T> List<T> listFor(Map<String, List<T>> lists, String actor) {
    List<T> list = lists.get(actor);
    if (list == null) {
      list = new ArrayList<>();
      lists.put(actor, list);
    }
    return list;
  }

  /** @return the objectives the actor held, alone or shared, in the question's order */
  List<Objective> objectivesOf(String actor) {
    return objectives.getOrDefault(actor, List.of());
  }

  /** @return the consequences that bore on the actor, in the question's order, each with its effect on it */
  List<Bearing> consequencesFor(String actor) {
    return consequences.getOrDefault(actor, List.of());
  }

  /** @return the perceptions of the actor, in the question's order */
  List<Perception> perceptionsOf(String actor) {
    return perceptions.getOrDefault(actor, List.of());
  }
}
