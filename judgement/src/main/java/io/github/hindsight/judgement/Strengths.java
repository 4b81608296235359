package io.github.hindsight.judgement;

import io.github.hindsight.model.Criterion;
import java.util.Map;
import java.util.Optional;

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
    Map<String, Criterion> byId = VerdictReport.criteriaById(verdict);
    double weightSum = weightSum(verdict, actor);
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

  /**
   * The weights of the criteria the actor has a basis on, which its total is spread over, added
   * with Kahan's compensation as {@link java.util.stream.DoubleStream#sum()} adds them: the gains
   * and losses the reports give are worked out from this sum, and stay the same to the last bit.
   */
  private static double weightSum(Verdict verdict, String actor) {
    double sum = 0;
    double compensation = 0;
    double simple = 0;
    for (Score s : verdict.scores()) {
      if (s.actor().equals(actor) && s.hasBasis()) {
        double w = s.weight();
        double y = w - compensation;
        double t = sum + y;
        compensation = (t - sum) - y;
        sum = t;
        simple += w;
      }
    }
    double total = sum - compensation;
    // An infinite weight makes the compensated sum NaN; the simple sum is then the right one.
    return Double.isNaN(total) && Double.isInfinite(simple) ? simple : total;
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
      return worst.isPresent() ? Optional.of(weakest(worst.get())) : Optional.empty();
    }
    String out = "strongest on " + describe(best.get()) + ", adding " + Numbers.format(gain) + " to the total";
    return Optional.of(worst.isPresent() ? out + "; " + weakest(worst.get()) : out);
  }

  private String weakest(TraceEntry w) {
    return "weakest on " + describe(w) + ", costing " + Numbers.format(loss);
  }

  Optional<TraceEntry> best() {
    return best;
  }

  Optional<TraceEntry> worst() {
    return worst;
  }

  private String describe(TraceEntry e) {
    String what = e.status().isPresent() ? e.status().get().word()
        : e.effect().isPresent() ? e.effect().get().word() : "credit " + Numbers.format(e.credit());
    return e.subject() + " (" + what + ", " + byId.get(e.criterion()).name() + ")";
  }
}
