package io.github.hindsight.judgement;

import com.google.common.collect.ImmutableList;
import io.github.hindsight.judgement.spi.JudgementMeasure;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Horizon;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.OutcomeStatus;
import java.util.List;

/**
 * A measure the engine comes with, registered under its {@link Measure}'s word. The credits and
 * weights of section 2 of docs/judgement.md are here, shared by all of them.
 */
abstract class BuiltInMeasure implements JudgementMeasure {
  /** Every built-in measure, in the order of {@link Measure}. */
  static final List<BuiltInMeasure> ALL = ImmutableList.of(
      new ObjectivesMeasure(Measure.OBJECTIVES_ACHIEVED, "How far each actor achieved its own objectives, weighted by importance."),
      new ConsequencesMeasure(Measure.CONSEQUENCES, "Whether what followed was good or bad for each actor, the long term counting double."),
      new PerceptionMeasure(),
      new ObjectivesMeasure(Measure.SHARED_OBJECTIVES, "How far the objectives actors held in common were achieved."),
      new ConsequencesMeasure(Measure.BALANCE_OF_POWER, "Whether the balance of power moved in an actor's favour."));

  private final Measure measure;
  private final TraceKind kind;
  private final String description;

  BuiltInMeasure(Measure measure, TraceKind kind, String description) {
    this.measure = measure;
    this.kind = kind;
    this.description = description;
  }

  static BuiltInMeasure of(Measure measure) {
    for (BuiltInMeasure m : ALL) {
      if (m.measure == measure) {
        return m;
      }
    }
    throw new IllegalArgumentException("no built-in measure is '" + measure.word() + "'");
  }

  final Measure measure() {
    return measure;
  }

  /** @return what the items of this measure are about, for the trace */
  final TraceKind kind() {
    return kind;
  }

  @Override
  public final String id() {
    return measure.word();
  }

  @Override
  public final String description() {
    return description;
  }

  static double credit(OutcomeStatus status) {
    switch (status) {
      case ACHIEVED:
        return 1;
      case PARTLY_ACHIEVED:
        return 0.5;
      default:
        return 0;
    }
  }

  static double credit(Effect effect) {
    switch (effect) {
      case POSITIVE:
        return 1;
      case NEGATIVE:
        return 0;
      default:
        return 0.5;
    }
  }

  static double weight(Importance importance) {
    return importance.ordinal() + 1.0;
  }

  static double weight(Horizon horizon) {
    return horizon == Horizon.LONG_TERM ? 2.0 : 1.0;
  }
}
