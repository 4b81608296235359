package io.github.hindsight.judgement;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Horizon;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Period;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds valid random questions from a seed, so that properties can range over many shapes. */
final class RandomQuestions {
  static final OutcomeStatus[] SETTLED = {OutcomeStatus.ACHIEVED, OutcomeStatus.PARTLY_ACHIEVED, OutcomeStatus.NOT_ACHIEVED, OutcomeStatus.UNCLEAR};

  private RandomQuestions() {}

  static Question build(long seed) {
    Random r = new Random(seed);
    int actors = 2 + r.nextInt(3);
    Question.Builder q = Question.builder().id("q" + Math.abs(seed % 1000)).prompt("Who came out ahead?");
    List<String> ids = new ArrayList<>();
    for (int a = 0; a < actors; a++) {
      ids.add("actor-" + a);
      q.addActor(Actor.builder().id("actor-" + a).name("Actor " + a).build());
    }
    int evidence = 1 + r.nextInt(5);
    for (int e = 0; e < evidence; e++) {
      Evidence.Builder b = Evidence.builder().id("e" + e).statement("Fact " + e + ".").date(HistoricalDate.ofYear(1960 + r.nextInt(5)));
      if (r.nextBoolean()) {
        b.knownFrom(HistoricalDate.ofYear(1965 + r.nextInt(30)));
      }
      q.addEvidence(b.build());
    }
    int objectives = r.nextInt(7);
    int depends = 0;
    for (int o = 0; o < objectives; o++) {
      Objective.Builder b = Objective.builder().id("o" + o).statement("Aim " + o + ".")
          .importance(Importance.values()[r.nextInt(3)]).horizon(Horizon.values()[r.nextInt(3)]);
      List<String> holders = new ArrayList<>(ids);
      java.util.Collections.shuffle(holders, r);
      b.actors(holders.subList(0, r.nextInt(4) == 0 ? 2 : 1));
      Outcome.Builder out = Outcome.builder();
      if (depends < 3 && r.nextInt(5) == 0) {
        depends++;
        out.status(OutcomeStatus.DEPENDS_ON_READING)
            .addReading(Reading.builder().id("first").intent("One intent.").status(SETTLED[r.nextInt(3)]).addEvidence("e" + r.nextInt(evidence)).build())
            .addReading(Reading.builder().id("second").intent("Another intent.").status(SETTLED[r.nextInt(4)]).build());
      } else {
        out.status(SETTLED[r.nextInt(4)]);
        if (r.nextBoolean()) {
          out.addEvidence("e" + r.nextInt(evidence));
          if (r.nextBoolean()) {
            out.statusBeforeEvidence(SETTLED[r.nextInt(4)]);
          }
        }
      }
      q.addObjective(b.outcome(out.build()).build());
    }
    int consequences = r.nextInt(5);
    for (int c = 0; c < consequences; c++) {
      Consequence.Builder b = Consequence.builder().id("c" + c).statement("Result " + c + ".")
          .horizon(Horizon.values()[r.nextInt(3)]).balanceOfPower(r.nextBoolean());
      if (r.nextBoolean()) {
        b.date(HistoricalDate.ofYear(1960 + r.nextInt(10)));
      }
      for (String a : ids) {
        if (r.nextBoolean()) {
          b.addEffect(ActorEffect.of(a, Effect.values()[r.nextInt(4)]));
        }
      }
      q.addConsequence(b.build());
    }
    int perceptions = r.nextInt(4);
    for (int p = 0; p < perceptions; p++) {
      q.addPerception(Perception.builder().id("p" + p).actor(ids.get(r.nextInt(actors))).heldBy("Someone")
          .statement("A view.").view(Effect.values()[r.nextInt(4)]).period(Period.values()[r.nextInt(2)])
          .date(HistoricalDate.ofYear(1960 + r.nextInt(10))).build());
    }
    if (r.nextBoolean()) {
      Measure[] measures = {Measure.OBJECTIVES_ACHIEVED, Measure.CONSEQUENCES, Measure.PERCEPTION, Measure.SHARED_OBJECTIVES, Measure.BALANCE_OF_POWER};
      for (int c = 0; c < measures.length; c++) {
        q.addCriterion(Criterion.builder().id("k" + c).name("Criterion " + c).measure(measures[c]).weight(r.nextInt(4) * 0.5 + 0.5).build());
      }
    }
    return q.build();
  }
}
