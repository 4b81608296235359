package io.github.hindsight.examples;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.TextReport;
import io.github.hindsight.judgement.spi.CustomCriterion;
import io.github.hindsight.judgement.spi.JudgementContext;
import io.github.hindsight.judgement.spi.ScoredItem;
import io.github.hindsight.model.Basis;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;
import java.util.ArrayList;
import java.util.List;

/**
 * Plugs a custom criterion into the judgement engine: "declared aims", which judges each side
 * only by the aims it announced itself, leaving out the aims historians infer. The criterion is
 * registered explicitly; declaring it as a service would work the same way.
 */
public final class CustomCriterionExample {
  private CustomCriterionExample() {}

  /** Scores the objectives an actor declared, by the status the engine settled for them. */
  static final class DeclaredAims implements CustomCriterion {
    @Override
    public String id() {
      return "declared-aims";
    }

    @Override
    public String description() {
      return "How far each side met the aims it announced, leaving out aims historians infer.";
    }

    @Override
    public List<ScoredItem> score(JudgementContext context, String actor) {
      List<ScoredItem> items = new ArrayList<>();
      for (Objective o : context.question().objectivesOf(actor)) {
        OutcomeStatus status = context.status(o);
        // Unclear aims stay out, as in the built-in criteria, rather than counting as failures.
        if (o.basis() != Basis.STATED || o.isShared() || status == OutcomeStatus.UNCLEAR) {
          continue;
        }
        double credit = status == OutcomeStatus.ACHIEVED ? 1 : status == OutcomeStatus.PARTLY_ACHIEVED ? 0.5 : 0;
        items.add(ScoredItem.of(o.id(), credit, 1, "a declared aim, " + status.word()));
      }
      return items;
    }
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Question sample = Samples.cubanMissileCrisis();
    List<Criterion> criteria = new ArrayList<>(sample.criteria());
    criteria.add(Criterion.builder().id("declared").name("Declared aims").weight(1.0)
        .measure(Measure.CUSTOM).customMeasure("declared-aims").build());
    Question question = sample.withCriteria(criteria);

    Judge judge = Judge.builder().addCustomCriterion(new DeclaredAims()).build();
    Judgement judgement = judge.judge(question);
    System.out.println(TextReport.render(judgement));
  }
}
