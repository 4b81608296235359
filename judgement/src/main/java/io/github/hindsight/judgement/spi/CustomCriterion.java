package io.github.hindsight.judgement.spi;

/**
 * A criterion the engine does not know, scored by code of your own. A question uses it through a
 * {@link io.github.hindsight.model.Criterion} whose measure is {@code custom} and whose custom
 * measure is this criterion's {@link #id()}.
 *
 * <p>A custom criterion is a {@link JudgementMeasure} like the built-in ones, and is scored in
 * the same way: it lists the items it weighs for an actor, each with a credit from 0 to 1 and a
 * weight, and the engine takes their weighted mean. So every custom score lies in [0, 1], and
 * every item shows in the trace. Its id may not be one of the built-in measures' (such as {@code
 * perception}).
 *
 * <p>Implementations must be thread-safe and deterministic: the same context and actor give the
 * same items. To be found by {@link java.util.ServiceLoader}, an implementation needs a public
 * no-argument constructor; one that fails to load is reported in {@link
 * io.github.hindsight.judgement.Judge#problems()}.
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
public interface CustomCriterion extends JudgementMeasure {
  /**
   * The id that criteria name as their custom measure.
   *
   * @return the id, a slug such as {@code stated-aims}
   */
  @Override
  String id();
}
