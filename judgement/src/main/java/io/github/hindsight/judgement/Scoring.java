package io.github.hindsight.judgement;

import io.github.hindsight.judgement.spi.JudgementMeasure;
import io.github.hindsight.judgement.spi.ScoredItem;
import io.github.hindsight.model.Actor;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Scores every actor on every criterion in one scenario, as the weighted mean of what its measure weighs (section 2). */
final class Scoring {
  private final Question question;
  private final List<Criterion> criteria;
  private final List<JudgementMeasure> measures = new ArrayList<>();
  private final KnownAt known;
  private final ByActor byActor;

  /** The weightiest first. */
  private static final Comparator<ScoredItem> BY_WEIGHT = new ByWeight();

  /** The scores of one scenario by actor and criterion, in the question's and the criteria's order. */
  record Sheet(double[][] scores, boolean[][] basis, List<TraceEntry> trace, List<AimsExtent> aims) {}

  Scoring(Question question, List<Criterion> criteria, Measures measures, KnownAt known) {
    this.question = question;
    this.criteria = criteria;
    this.known = known;
    this.byActor = new ByActor(question);
    for (Criterion c : criteria) {
      this.measures.add(measures.of(c).orElseThrow());
    }
  }

  Sheet score(Map<String, String> readings) {
    ScenarioContext context = new ScenarioContext(question, known, byActor, readings);
    int n = question.actors().size();
    int m = criteria.size();
    double[][] scores = new double[n][m];
    boolean[][] basis = new boolean[n][m];
    List<TraceEntry> trace = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      String actor = question.actors().get(a).id();
      for (int c = 0; c < m; c++) {
        List<TraceEntry> entries = entries(criteria.get(c), measures.get(c), actor, context);
        double weight = 0;
        double sum = 0;
        for (TraceEntry e : entries) {
          if (e.counted()) {
            weight += e.weight();
            sum += e.weight() * e.credit();
          }
        }
        if (weight > 0) {
          scores[a][c] = Math.min(1, Math.max(0, sum / weight));
          basis[a][c] = true;
          for (TraceEntry e : entries) {
            trace.add(e.counted() ? e.withContribution(e.weight() * e.credit() / weight) : e);
          }
        } else {
          // Left out of this actor's total, not given a neutral score: see Aggregation.
          trace.addAll(entries);
          trace.add(TraceEntry.builder().actor(actor).criterion(criteria.get(c).id()).kind(TraceKind.NO_BASIS)
              .subject(criteria.get(c).id()).counted(false).credit(0).weight(0)
              .note("nothing counted for this actor on this criterion, so it is left out of the actor's total"
                  + " and the weight goes to the criteria that have something to score").build());
        }
      }
    }
    return new Sheet(scores, basis, trace, aims(context));
  }

  /** How far each actor with aims met them, its own and those it shared, by the measures of objectives. */
  private List<AimsExtent> aims(ScenarioContext context) {
    List<AimsExtent> out = new ArrayList<>();
    for (Actor actor : question.actors()) {
      List<ScoredItem> items = new ArrayList<>(BuiltInMeasure.of(Measure.OBJECTIVES_ACHIEVED).score(context, actor.id()));
      items.addAll(BuiltInMeasure.of(Measure.SHARED_OBJECTIVES).score(context, actor.id()));
      if (items.isEmpty()) {
        continue;
      }
      // The weightiest first; a stable sort keeps the question's order among equals.
      items.sort(BY_WEIGHT);
      AimsExtent.Builder aims = AimsExtent.builder().actor(actor.id());
      double weight = 0;
      double sum = 0;
      for (ScoredItem i : items) {
        if (!i.counted()) {
          aims.addUnclear(i.subject());
          continue;
        }
        weight += i.weight();
        sum += i.weight() * i.credit();
        OutcomeStatus status = i.status().orElse(OutcomeStatus.UNCLEAR);
        if (status == OutcomeStatus.ACHIEVED) {
          aims.addAchieved(i.subject());
        } else if (status == OutcomeStatus.PARTLY_ACHIEVED) {
          aims.addPartly(i.subject());
        } else {
          aims.addFailed(i.subject());
        }
      }
      if (weight > 0) {
        aims.share(sum / weight);
      }
      out.add(aims.build());
    }
    return out;
  }

  private List<TraceEntry> entries(Criterion criterion, JudgementMeasure measure, String actor, ScenarioContext context) {
    TraceKind kind = measure instanceof BuiltInMeasure builtIn ? builtIn.kind() : TraceKind.CUSTOM;
    List<ScoredItem> items;
    if (kind == TraceKind.CUSTOM) {
      try {
        items = measure.score(context, actor);
      } catch (RuntimeException e) {
        throw new JudgementException(question.id(), List.of("the custom criterion '" + measure.id() + "' failed for actor '" + actor + "': " + e));
      }
    } else {
      items = measure.score(context, actor);
    }
    List<TraceEntry> out = new ArrayList<>();
    for (ScoredItem item : items) {
      out.add(TraceEntry.builder().actor(actor).criterion(criterion.id()).kind(kind).subject(item.subject())
          .counted(item.counted()).credit(item.credit()).weight(item.weight()).status(item.status()).reading(item.reading())
          .effect(item.effect()).beforeEvidence(item.beforeEvidence()).evidence(known.knownOf(item.evidence()))
          .unknownEvidence(known.unknownOf(item.evidence())).note(item.note()).build());
    }
    return out;
  }

  private static final class ByWeight implements Comparator<ScoredItem> {
    @Override
    public int compare(ScoredItem a, ScoredItem b) {
      return Double.compare(b.weight(), a.weight());
    }
  }
}
