package io.github.hindsight.judgement;

import io.github.hindsight.judgement.spi.CustomCriterion;
import io.github.hindsight.judgement.spi.JudgementContext;
import io.github.hindsight.judgement.spi.ScoredItem;
import io.github.hindsight.model.Objective;
import java.util.ArrayList;
import java.util.List;

/** A custom criterion found through the service loader: how much of an actor's record was on view. */
public final class EvidenceKnownCriterion implements CustomCriterion {
  static final String ID = "evidence-known";

  /** Creates the criterion; the service loader needs this constructor. */
  public EvidenceKnownCriterion() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<ScoredItem> score(JudgementContext context, String actor) {
    List<ScoredItem> items = new ArrayList<>();
    for (Objective o : context.question().objectivesOf(actor)) {
      boolean known = o.outcome().evidence().isEmpty() || o.outcome().evidence().stream().anyMatch(context::isKnown);
      items.add(ScoredItem.of(o.id(), known ? 1 : 0, 1, known ? "on the record" : "not yet on the record"));
    }
    return items;
  }
}
