package io.github.hindsight.judgement;

import org.immutables.value.Value;

/** A question judged under one perspective. */
@Value.Immutable
abstract class AbstractPerspectiveJudgement {
  /** @return the perspective */
  public abstract Perspective perspective();

  /** @return the judgement under it */
  public abstract Judgement judgement();
}
