package io.github.hindsight.judgement;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorRole;

/** Which actors are ranked: the sides. The others are judged, but only shown beside the sides. */
final class Roles {
  private Roles() {}

  /** @return whether the actor is a side of the question, ranked against the other sides */
  static boolean isSide(Actor actor) {
    return actor.role() == ActorRole.SIDE;
  }
}
