package io.github.hindsight.judgement;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far one actor met its aims in one scenario: every objective it held, alone or with others,
 * credited and weighted as under objectives achieved (achieved 1, partly 0.5, not 0; importance
 * low 1, medium 2, high 3), unclear ones left out.
 */
@Value.Immutable
abstract class AbstractAimsExtent {
  /** @return the actor's id */
  public abstract String actor();

  /** @return the weighted share of its aims met, from 0 to 1; empty when none of its aims is clear */
  public abstract Optional<Double> share();

  /** @return the extent the share earns; empty when none of its aims is clear */
  public Optional<Extent> extent() {
    Optional<Double> share = share();
    return share.isPresent() ? Optional.of(Extent.of(share.get())) : Optional.empty();
  }

  /** @return ids of the aims achieved, weightiest first: what carried it */
  public abstract List<String> achieved();

  /** @return ids of the aims partly achieved, weightiest first */
  public abstract List<String> partly();

  /** @return ids of the aims not achieved, weightiest first: what failed */
  public abstract List<String> failed();

  /** @return ids of the aims left out as unclear */
  public abstract List<String> unclear();
}
