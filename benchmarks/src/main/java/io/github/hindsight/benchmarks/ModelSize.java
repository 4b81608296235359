package io.github.hindsight.benchmarks;

import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Question;

/**
 * How big a question is, counted in the parts the judgement engine looks at, so that times can be
 * compared per part across question sizes.
 */
final class ModelSize {
  private ModelSize() {}

  /**
   * Counts actors, objectives with their readings, consequences with their effects, evidence,
   * perceptions, interpretations and criteria.
   *
   * @param q the question
   * @return the count, at least 1
   */
  static int elements(Question q) {
    int n = q.actors().size() + q.evidence().size() + q.criteria().size() + q.sources().size();
    for (Objective o : q.objectives()) {
      n += 1 + o.actors().size() + o.outcome().readings().size() + o.outcome().evidence().size();
    }
    for (Consequence c : q.consequences()) {
      n += 1 + c.effects().size() + c.evidence().size();
    }
    for (Perception p : q.perceptions()) {
      n += 1 + p.evidence().size();
    }
    for (Interpretation i : q.interpretations()) {
      n += 1 + i.favours().size() + i.supportingEvidence().size() + i.challengingEvidence().size();
    }
    return Math.max(1, n);
  }
}
