package io.github.hindsight.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Something that followed from the event, and how it bore on each actor. */
@Value.Immutable
abstract class AbstractConsequence {
  /** @return the id, such as {@code hotline} */
  public abstract String id();

  /** @return the consequence, in a sentence */
  public abstract String statement();

  /** @return when it happened; empty if not known */
  public abstract Optional<HistoricalDate> date();

  /** @return how long after the event it came */
  @Value.Default
  public Horizon horizon() {
    return Horizon.SHORT_TERM;
  }

  /** @return its effect on each actor it touched */
  public abstract List<ActorEffect> effects();

  /** @return whether it changed the balance of power (or how it was perceived) */
  @Value.Default
  public boolean balanceOfPower() {
    return false;
  }

  /** @return ids of the evidence for it */
  public abstract List<String> evidence();

  /**
   * The effect on an actor.
   *
   * @param actorId the actor's id
   * @return the effect, or empty if the consequence did not touch the actor
   */
  public Optional<ActorEffect> effectOn(String actorId) {
    return IdOf.EFFECT.find(effects(), actorId);
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("statement", statement());
    Checks.ids("evidence", evidence());
    Checks.uniqueIds("effects", effects(), IdOf.EFFECT);
  }
}
