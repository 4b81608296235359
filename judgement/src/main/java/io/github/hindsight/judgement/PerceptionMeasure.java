package io.github.hindsight.judgement;

import io.github.hindsight.judgement.spi.JudgementContext;
import io.github.hindsight.judgement.spi.ScoredItem;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Period;
import java.util.ArrayList;
import java.util.List;

/** How an actor was seen at the time; later views are shown but do not count. */
final class PerceptionMeasure extends BuiltInMeasure {
  PerceptionMeasure() {
    super(Measure.PERCEPTION, TraceKind.PERCEPTION, "How each actor was seen at the time.");
  }

  @Override
  public List<ScoredItem> score(JudgementContext context, String actor) {
    ScenarioContext scenario = ScenarioContext.of(context);
    KnownAt known = scenario.known();
    List<ScoredItem> out = new ArrayList<>();
    for (Perception p : scenario.byActor().perceptionsOf(actor)) {
      boolean atTheTime = p.period() == Period.AT_THE_TIME;
      boolean counted = atTheTime && context.counts(p);
      String note = p.view().word() + " view held by " + p.heldBy()
          + (!atTheTime ? "; a later view, not one held at the time, so left out" : counted ? "" : "; " + known.later(p.date()));
      out.add(ScoredItem.builder().subject(p.id()).counted(counted).credit(credit(p.view()))
          .weight(counted ? 1 : 0).effect(p.view()).evidence(p.evidence()).note(note).build());
    }
    return out;
  }
}
