package io.github.hindsight.judgement;

import io.github.hindsight.judgement.spi.JudgementContext;
import io.github.hindsight.judgement.spi.ScoredItem;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Measure;
import java.util.ArrayList;
import java.util.List;

/** What followed for an actor, or only what moved the balance of power, the long term counting double. */
final class ConsequencesMeasure extends BuiltInMeasure {
  private final boolean balanceOnly;

  ConsequencesMeasure(Measure measure, String description) {
    super(measure, TraceKind.CONSEQUENCE, description);
    this.balanceOnly = measure == Measure.BALANCE_OF_POWER;
  }

  @Override
  public List<ScoredItem> score(JudgementContext context, String actor) {
    ScenarioContext scenario = ScenarioContext.of(context);
    KnownAt known = scenario.known();
    List<ScoredItem> out = new ArrayList<>();
    for (ByActor.Bearing b : scenario.byActor().consequencesFor(actor)) {
      Consequence c = b.consequence();
      if (balanceOnly && !c.balanceOfPower()) {
        continue;
      }
      Effect effect = b.effect();
      boolean counted = context.counts(c);
      String note = effect.word() + ", " + c.horizon().word() + " (weight " + (int) weight(c.horizon()) + ")"
          + (counted ? "" : "; " + known.later(c.date()));
      out.add(ScoredItem.builder().subject(c.id()).counted(counted).credit(credit(effect))
          .weight(counted ? weight(c.horizon()) : 0).effect(effect).evidence(c.evidence()).note(note).build());
    }
    return out;
  }
}
