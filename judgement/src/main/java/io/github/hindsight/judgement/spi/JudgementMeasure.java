package io.github.hindsight.judgement.spi;

import java.util.List;

/**
 * A way of scoring an actor on a criterion. Every measure the engine uses is one: the built-in
 * ones (objectives achieved, shared objectives, consequences, balance of power, perception) as
 * much as the {@link CustomCriterion custom criteria} of a plugin. A judge registers them by
 * {@link #id()}, the built-in ones first, under the words their {@link
 * io.github.hindsight.model.Measure} has in files, such as {@code objectives-achieved}.
 *
 * <p>A measure does not compute a score itself: it lists the items it weighs for an actor, each
 * with a credit from 0 to 1 and a weight, and the engine takes the weighted mean of those that
 * count. So every score lies in [0, 1], and every item shows in the trace.
 *
 * <p>Implementations must be thread-safe and deterministic: the same context and actor give the
 * same items.
 */
public interface JudgementMeasure {
  /**
   * The id the measure is registered under.
   *
   * @return the id, a slug such as {@code stated-aims}
   */
  String id();

  /**
   * What the measure weighs, in a sentence, for reports.
   *
   * @return the description
   */
  default String description() {
    return "";
  }

  /**
   * The items weighed for one actor. An empty list, or one in which nothing counts, means nothing
   * counts for the actor, and the engine gives the neutral score of 0.5 and says so in the trace.
   *
   * @param context the question and what counts in this judgement
   * @param actor the id of the actor being scored
   * @return the items, in a fixed order
   */
  List<ScoredItem> score(JudgementContext context, String actor);
}
