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
    String leader = null;
    for (PerspectiveJudgement j : judgements()) {
      for (String l : j.judgement().leaders()) {
        if (leader == null) {
          leader = l;
        } else if (!leader.equals(l)) {
          return false;
        }
      }
    }
    return true;
  }
}
