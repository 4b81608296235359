package io.github.hindsight.judgement;

import io.github.hindsight.judgement.spi.JudgementContext;
import io.github.hindsight.judgement.spi.ScoredItem;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import java.util.ArrayList;
import java.util.List;

/** Objectives achieved, an actor's own or those held in common, weighted by importance. */
final class ObjectivesMeasure extends BuiltInMeasure {
  private final boolean shared;

  ObjectivesMeasure(Measure measure, String description) {
    super(measure, TraceKind.OBJECTIVE, description);
    this.shared = measure == Measure.SHARED_OBJECTIVES;
  }

  @Override
  public List<ScoredItem> score(JudgementContext context, String actor) {
    ScenarioContext scenario = ScenarioContext.of(context);
    List<ScoredItem> out = new ArrayList<>();
    for (Objective o : scenario.byActor().objectivesOf(actor)) {
      if (o.isShared() != shared) {
        continue;
      }
      KnownAt.Resolution r = scenario.resolve(o);
      // An unclear outcome is left out, not guessed, so that it cannot count as a failure.
      boolean counted = r.status() != OutcomeStatus.UNCLEAR;
      String note = r.status().word() + ", " + o.importance().word() + " importance"
          + (counted ? " (weight " + (int) weight(o.importance()) + ")" : ", so left out of the score")
          + (r.why().isEmpty() ? "" : "; " + r.why());
      out.add(ScoredItem.builder().subject(o.id()).counted(counted).credit(credit(r.status()))
          .weight(counted ? weight(o.importance()) : 0).status(r.status()).reading(r.reading())
          .beforeEvidence(r.beforeEvidence()).evidence(r.evidence()).note(note).build());
    }
    return out;
  }
}
