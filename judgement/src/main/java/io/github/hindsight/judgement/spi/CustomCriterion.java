package io.github.hindsight.judgement.spi;

import java.util.List;

/**
 * A criterion the engine does not know, scored by code of your own. A question uses it through a
 * {@link io.github.hindsight.model.Criterion} whose measure is {@code custom} and whose custom
 * measure is this criterion's {@link #id()}.
 *
 * <p>The criterion does not compute a score itself: it lists the items it weighs for an actor,
 * each with a credit from 0 to 1 and a weight, and the engine takes their weighted mean, just as
 * it does for the built-in criteria. So every custom score lies in [0, 1], and every item shows
 * in the trace.
 *
 * <p>Implementations must be thread-safe and deterministic: the same context and actor give the
 * same items. To be found by {@link java.util.ServiceLoader}, an implementation needs a public
 * no-argument constructor.
 *
 * <pre>{@code
 * public final class StatedAims implements CustomCriterion {
 *   public String id() { return "stated-aims"; }
 *
 *   public List<ScoredItem> score(JudgementContext context, String actor) {
 *     List<ScoredItem> items = new ArrayList<>();
 *     for (Objective o : context.question().objectivesOf(actor)) {
 *       if (o.basis() == Basis.STATED && context.status(o) == OutcomeStatus.ACHIEVED) {
 *         items.add(ScoredItem.of(o.id(), 1.0, 1.0, "a declared aim, achieved"));
 *       }
 *       // ...
 *     }
 *     return items;
 *   }
 * }
 * }</pre>
 */
public interface CustomCriterion {
  /**
   * The id that criteria name as their custom measure.
   *
   * @return the id, a slug such as {@code stated-aims}
   */
  String id();

  /**
   * What the criterion weighs, in a sentence, for reports.
   *
   * @return the description
   */
  default String description() {
    return "";
  }

  /**
   * The items weighed for one actor. An empty list means nothing counts for the actor, and the
   * engine gives the neutral score of 0.5 and says so in the trace.
   *
   * @param context the question and what counts in this judgement
   * @param actor the id of the actor being scored
   * @return the items, in a fixed order
   */
  List<ScoredItem> score(JudgementContext context, String actor);
}
