package io.github.hindsight.judgement;

import java.util.List;
import org.immutables.value.Value;

/** One question judged under several perspectives, side by side. */
@Value.Immutable
abstract class AbstractComparison {
  /** @return the judgements, one for each perspective, in the order the perspectives were given */
  public abstract List<PerspectiveJudgement> judgements();

  /** @return whether every perspective, in every scenario, has the same leader */
  public boolean isUnanimous() {
    return judgements().stream().flatMap(j -> j.judgement().leaders().stream()).distinct().count() <= 1;
  }
}
