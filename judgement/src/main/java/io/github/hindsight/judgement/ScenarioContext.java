package io.github.hindsight.judgement;

import io.github.hindsight.judgement.spi.JudgementContext;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Question;
import java.util.Map;
import java.util.Optional;

/** What a measure sees of one scenario: the question, the readings taken, and what was known when. */
final class ScenarioContext implements JudgementContext {
  private final Question question;
  private final KnownAt known;
  private final ByActor byActor;
  private final Map<String, String> readings;

  ScenarioContext(Question question, KnownAt known, ByActor byActor, Map<String, String> readings) {
    this.question = question;
    this.known = known;
    this.byActor = byActor;
    this.readings = readings;
  }

  /**
   * The engine's own context behind the public view, for the built-in measures, which say more in
   * the trace than the public view answers.
   */
  static ScenarioContext of(JudgementContext context) {
    if (context instanceof ScenarioContext scenario) {
      return scenario;
    }
    throw new IllegalArgumentException("the built-in measures score only inside the judgement engine");
  }

  KnownAt known() {
    return known;
  }

  /** @return what bears on each actor, found once for the judgement */
  ByActor byActor() {
    return byActor;
  }

  KnownAt.Resolution resolve(Objective objective) {
    return known.resolve(objective, readings);
  }

  @Override
  public Question question() {
    return question;
  }

  @Override
  public Optional<HistoricalDate> asOf() {
    return known.asOf();
  }

  @Override
  public boolean isKnown(String evidenceId) {
    return known.isKnown(evidenceId);
  }

  @Override
  public OutcomeStatus status(Objective objective) {
    return resolve(objective).status();
  }

  @Override
  public Optional<String> reading(String objectiveId) {
    Optional<Objective> objective = question.objective(objectiveId);
    return objective.isPresent() ? resolve(objective.get()).reading() : Optional.empty();
  }

  @Override
  public boolean counts(Consequence consequence) {
    return known.happened(consequence.date(), consequence.evidence());
  }

  @Override
  public boolean counts(Perception perception) {
    return known.happened(perception.date(), perception.evidence());
  }
}
