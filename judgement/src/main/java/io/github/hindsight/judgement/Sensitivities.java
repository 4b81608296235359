package io.github.hindsight.judgement;

import com.google.common.collect.ImmutableList;
import io.github.hindsight.model.Criterion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Solves, for each criterion, the weights at which the leader changes. With the other weights
 * fixed, actor a's total is (S_a + w s_a) / (W + w), where W and S_a sum over the other criteria.
 * The leader L stays ahead of a rival r while (S_L - S_r) + w (s_L - s_r) is positive, a straight
 * line in w, so each rival overtakes at one weight at most.
 */
final class Sensitivities {
  private static final double TOLERANCE = 1e-12;

  private Sensitivities() {}

  /** The sensitivity of a verdict from its own scores, read in one pass so that a large verdict costs no more than its scores. */
  static ImmutableList<Sensitivity> of(Verdict verdict) {
    List<Criterion> criteria = verdict.criteria();
    Map<String, Integer> criterionIndex = new HashMap<>();
    for (int c = 0; c < criteria.size(); c++) {
      criterionIndex.put(criteria.get(c).id(), c);
    }
    Map<String, Integer> actorIndex = new LinkedHashMap<>();
    verdict.scores().forEach(s -> actorIndex.putIfAbsent(s.actor(), actorIndex.size()));
    double[][] scores = new double[actorIndex.size()][criteria.size()];
    for (Score s : verdict.scores()) {
      scores[actorIndex.get(s.actor())][criterionIndex.get(s.criterion())] = s.value();
    }
    List<String> actors = new ArrayList<>(actorIndex.keySet());
    return of(criteria, actors, scores, actorIndex.get(verdict.leader()));
  }

  static ImmutableList<Sensitivity> of(List<Criterion> criteria, List<String> actors, double[][] scores, int leader) {
    ImmutableList.Builder<Sensitivity> out = ImmutableList.builder();
    for (int c = 0; c < criteria.size(); c++) {
      out.add(of(criteria, actors, scores, leader, c));
    }
    return out.build();
  }

  private static Sensitivity of(List<Criterion> criteria, List<String> actors, double[][] scores, int leader, int c) {
    double w0 = criteria.get(c).weight();
    Sensitivity.Builder out = Sensitivity.builder().criterion(criteria.get(c).id()).weight(w0);
    double others = 0;
    for (int k = 0; k < criteria.size(); k++) {
      others += k == c ? 0 : criteria.get(k).weight();
    }
    if (!(others > 0)) {
      // With every other weight at 0, this criterion alone decides at any weight above 0.
      return out.build();
    }
    double sLeader = rest(criteria, scores[leader], c);
    int upRival = -1;
    double up = Double.POSITIVE_INFINITY;
    int downRival = -1;
    double down = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < actors.size(); r++) {
      if (r == leader) {
        continue;
      }
      double dS = sLeader - rest(criteria, scores[r], c);
      double ds = scores[leader][c] - scores[r][c];
      if (ds == 0) {
        continue;
      }
      double crossing = -dS / ds;
      if (ds < 0 && crossing >= w0 - TOLERANCE) {
        double at = Math.max(crossing, w0);
        // Past a shared crossing, the rival scoring higher on this criterion pulls ahead.
        if (at < up - TOLERANCE || (Math.abs(at - up) <= TOLERANCE && scores[r][c] > scores[upRival][c])) {
          up = at;
          upRival = r;
        }
      } else if (ds > 0 && crossing > TOLERANCE && crossing <= w0 + TOLERANCE) {
        double at = Math.min(crossing, w0);
        if (at > down + TOLERANCE || (Math.abs(at - down) <= TOLERANCE && scores[r][c] < scores[downRival][c])) {
          down = at;
          downRival = r;
        }
      }
    }
    if (upRival >= 0) {
      out.above(TippingPoint.builder().weight(up).newLeader(actors.get(upRival)).build());
    }
    if (downRival >= 0) {
      out.below(TippingPoint.builder().weight(down).newLeader(actors.get(downRival)).build());
    }
    return out.build();
  }

  private static double rest(List<Criterion> criteria, double[] scores, int skip) {
    double s = 0;
    for (int k = 0; k < criteria.size(); k++) {
      s += k == skip ? 0 : criteria.get(k).weight() * scores[k];
    }
    return s;
  }
}
