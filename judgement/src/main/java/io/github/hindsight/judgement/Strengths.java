package io.github.hindsight.judgement;

import io.github.hindsight.model.Criterion;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where one actor is strongest and weakest in a verdict: the item that adds most to its total, and
 * another item that costs it most (what it would add at full credit but does not). An item that
 * adds nothing is never called a strength, and one item is never both.
 */
final class Strengths {
  /** The least that is worth naming: what shows as 0.01 or more at two places. */
  private static final double SHOWN = 0.005;

  private final Map<String, Criterion> byId;
  private final Optional<TraceEntry> best;
  private final double gain;
  private final Optional<TraceEntry> worst;
  private final double loss;

  private Strengths(Map<String, Criterion> byId, Optional<TraceEntry> best, double gain, Optional<TraceEntry> worst, double loss) {
    this.byId = byId;
    this.best = best;
    this.gain = gain;
    this.worst = worst;
    this.loss = loss;
  }

  static Strengths of(Verdict verdict, String actor) {
    Map<String, Criterion> byId = verdict.criteria().stream().collect(Collectors.toMap(Criterion::id, c -> c));
    // The weights of the criteria the actor has a basis on, which its total is spread over.
    double weightSum = verdict.scores().stream().filter(s -> s.actor().equals(actor) && s.hasBasis()).mapToDouble(Score::weight).sum();
    TraceEntry best = null;
    double bestGain = 0;
    for (TraceEntry e : verdict.trace()) {
      if (e.actor().equals(actor) && e.counted() && weightSum > 0) {
        double gain = e.contribution() * byId.get(e.criterion()).weight() / weightSum;
        if (gain > bestGain && gain >= SHOWN) {
          best = e;
          bestGain = gain;
        }
      }
    }
    TraceEntry worst = null;
    double worstLoss = 0;
    for (TraceEntry e : verdict.trace()) {
      if (e.actor().equals(actor) && e.counted() && (best == null || !e.subject().equals(best.subject())) && weightSum > 0) {
        double loss = (1 - e.credit()) * weightShare(verdict, e) * byId.get(e.criterion()).weight() / weightSum;
        if (loss > worstLoss && loss >= SHOWN) {
          worst = e;
          worstLoss = loss;
        }
      }
    }
    return new Strengths(byId, Optional.ofNullable(best), bestGain, Optional.ofNullable(worst), worstLoss);
  }

  private static double weightShare(Verdict verdict, TraceEntry e) {
    double weight = 0;
    for (TraceEntry t : verdict.trace(e.actor(), e.criterion())) {
      weight += t.counted() ? t.weight() : 0;
    }
    return weight > 0 ? e.weight() / weight : 0;
  }

  /** @return "strongest on ..., adding ...; weakest on ..., costing ...", or empty when nothing adds to the total */
  Optional<String> describe() {
    if (best.isEmpty()) {
      return worst.map(w -> "weakest on " + describe(w) + ", costing " + Numbers.format(loss));
    }
    String out = "strongest on " + describe(best.get()) + ", adding " + Numbers.format(gain) + " to the total";
    return Optional.of(worst.map(w -> out + "; weakest on " + describe(w) + ", costing " + Numbers.format(loss)).orElse(out));
  }

  Optional<TraceEntry> best() {
    return best;
  }

  Optional<TraceEntry> worst() {
    return worst;
  }

  private String describe(TraceEntry e) {
    String what = e.status().map(s -> s.word()).or(() -> e.effect().map(x -> x.word())).orElse("credit " + Numbers.format(e.credit()));
    return e.subject() + " (" + what + ", " + byId.get(e.criterion()).name() + ")";
  }
}
