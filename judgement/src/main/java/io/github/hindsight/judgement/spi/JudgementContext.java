package io.github.hindsight.judgement.spi;

import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Question;
import java.util.Optional;

/**
 * What a custom criterion may ask about the judgement in progress: the question, the as-of date,
 * and how the engine settled each outcome in the current scenario. Using it, rather than reading
 * the model directly, keeps a custom criterion consistent with the built-in ones.
 */
public interface JudgementContext {
  /**
   * The question being judged.
   *
   * @return the question
   */
  Question question();

  /**
   * The date of the judgement.
   *
   * @return the date, or empty for a judgement with hindsight
   */
  Optional<HistoricalDate> asOf();

  /**
   * Whether a piece of evidence counts: it was known by the as-of date, or the judgement is with
   * hindsight.
   *
   * @param evidenceId the evidence's id
   * @return true if it counts; false for an id the question does not have
   */
  boolean isKnown(String evidenceId);

  /**
   * The status an objective is judged by in this scenario: the reading taken, or the status before
   * the evidence came out, or {@link OutcomeStatus#UNCLEAR} when nothing known settles it. Never
   * {@link OutcomeStatus#DEPENDS_ON_READING}.
   *
   * @param objective one of the question's objectives
   * @return the status
   */
  OutcomeStatus status(Objective objective);

  /**
   * The reading taken for an objective in this scenario.
   *
   * @param objectiveId the objective's id
   * @return the reading's id, or empty if the objective's outcome does not depend on a reading
   */
  Optional<String> reading(String objectiveId);

  /**
   * Whether a consequence had happened by the as-of date.
   *
   * @param consequence one of the question's consequences
   * @return true if it counts
   */
  boolean counts(Consequence consequence);

  /**
   * Whether a perception was held by the as-of date.
   *
   * @param perception one of the question's perceptions
   * @return true if it counts
   */
  boolean counts(Perception perception);
}
