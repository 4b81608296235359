package io.github.hindsight.judgement;

import com.google.common.collect.ImmutableList;
import io.github.hindsight.model.Criterion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Solves, for each criterion, the weights at which the leader changes (section 7). With the other
 * weights fixed, actor a's total is (S_a + b_a w s_a) / (W_a + b_a w), where W_a and S_a sum over
 * the other criteria a has a basis on and b_a is 1 when a has a basis on this criterion, 0 when it
 * is left out of it. The leader L stays ahead of a rival r while
 * (S_L + b_L w s_L)(W_r + b_r w) - (S_r + b_r w s_r)(W_L + b_L w) is positive: a polynomial of
 * degree two at most in w, whose roots are the only weights where the two can change places.
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
    for (Score s : verdict.scores()) {
      if (!verdict.others().contains(s.actor())) {
        actorIndex.putIfAbsent(s.actor(), actorIndex.size());
      }
    }
    double[][] scores = new double[actorIndex.size()][criteria.size()];
    boolean[][] basis = new boolean[actorIndex.size()][criteria.size()];
    for (Score s : verdict.scores()) {
      Integer a = actorIndex.get(s.actor());
      if (a != null) {
        scores[a][criterionIndex.get(s.criterion())] = s.value();
        basis[a][criterionIndex.get(s.criterion())] = s.hasBasis();
      }
    }
    List<String> actors = new ArrayList<>(actorIndex.keySet());
    return of(criteria, actors, scores, basis, actorIndex.get(verdict.leader()));
  }

  static ImmutableList<Sensitivity> of(List<Criterion> criteria, List<String> actors, double[][] scores, boolean[][] basis, int leader) {
    ImmutableList.Builder<Sensitivity> out = ImmutableList.builder();
    for (int c = 0; c < criteria.size(); c++) {
      out.add(new Solver(criteria, scores, basis, c).solve(actors, leader));
    }
    return out.build();
  }

  /** The totals of every actor as functions of one criterion's weight. */
  private static final class Solver {
    private final double w0;
    private final String criterion;
    private final double[] rest;
    private final double[] restWeight;
    private final double[] own;
    private final boolean[] counted;

    Solver(List<Criterion> criteria, double[][] scores, boolean[][] basis, int c) {
      this.w0 = criteria.get(c).weight();
      this.criterion = criteria.get(c).id();
      int n = scores.length;
      rest = new double[n];
      restWeight = new double[n];
      own = new double[n];
      counted = new boolean[n];
      for (int a = 0; a < n; a++) {
        for (int k = 0; k < criteria.size(); k++) {
          if (k != c && basis[a][k]) {
            rest[a] += criteria.get(k).weight() * scores[a][k];
            restWeight[a] += criteria.get(k).weight();
          }
        }
        own[a] = scores[a][c];
        counted[a] = basis[a][c];
      }
    }

    /** @return the actor's total at weight w, or NaN when nothing it has a basis on weighs anything */
    double total(int a, double w) {
      double b = counted[a] ? 1 : 0;
      double weight = restWeight[a] + b * w;
      return weight > 0 ? (rest[a] + b * w * own[a]) / weight : Double.NaN;
    }

    /** The coefficients {c0, c1, c2} of the leader's lead over a rival, as a polynomial in w. */
    private double[] lead(int l, int r) {
      double bl = counted[l] ? 1 : 0;
      double br = counted[r] ? 1 : 0;
      double c2 = bl * br * (own[l] - own[r]);
      double c1 = bl * own[l] * restWeight[r] + br * rest[l] - br * own[r] * restWeight[l] - bl * rest[r];
      double c0 = rest[l] * restWeight[r] - rest[r] * restWeight[l];
      return new double[] {c0, c1, c2};
    }

    Sensitivity solve(List<String> actors, int leader) {
      Sensitivity.Builder out = Sensitivity.builder().criterion(criterion).weight(w0);
      if (!counted[leader] && !(restWeight[leader] > 0)) {
        // No side had anything to score that weighs, so all tie: any weight above this one ranks
        // those scored on this criterion, the best of them first.
        int best = -1;
        for (int r = 0; r < actors.size(); r++) {
          best = counted[r] && (best < 0 || own[r] > own[best]) ? r : best;
        }
        return best < 0 ? out.build() : out.above(TippingPoint.builder().weight(w0).newLeader(actors.get(best)).build()).build();
      }
      int upRival = -1;
      double up = Double.POSITIVE_INFINITY;
      int downRival = -1;
      double down = Double.NEGATIVE_INFINITY;
      for (int r = 0; r < actors.size(); r++) {
        // A rival with nothing to score at any weight of this criterion is never ranked.
        if (r == leader || (!counted[r] && !(restWeight[r] > 0))) {
          continue;
        }
        for (double root : roots(lead(leader, r))) {
          if (root >= w0 - TOLERANCE && behind(leader, r, root * (1 + 1e-9) + 1e-12)) {
            double at = Math.max(root, w0);
            // Past a shared crossing, the rival ahead just past it pulls ahead.
            if (at < up - TOLERANCE || (Math.abs(at - up) <= TOLERANCE && total(r, at * (1 + 1e-9) + 1e-12) > total(upRival, at * (1 + 1e-9) + 1e-12))) {
              up = at;
              upRival = r;
            }
          } else if (root > TOLERANCE && root <= w0 + TOLERANCE && behind(leader, r, root * (1 - 1e-9))) {
            double at = Math.min(root, w0);
            if (at > down + TOLERANCE || (Math.abs(at - down) <= TOLERANCE && total(r, at * (1 - 1e-9)) > total(downRival, at * (1 - 1e-9)))) {
              down = at;
              downRival = r;
            }
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

    private boolean behind(int leader, int rival, double w) {
      double l = total(leader, w);
      double r = total(rival, w);
      return !Double.isNaN(r) && (Double.isNaN(l) || r > l);
    }

    /** @return the roots of c0 + c1 w + c2 w^2 from 0 up */
    private static List<Double> roots(double[] c) {
      List<Double> out = new ArrayList<>();
      double scale = Math.max(Math.abs(c[0]), Math.max(Math.abs(c[1]), Math.abs(c[2])));
      if (!(scale > 0)) {
        return out;
      }
      if (Math.abs(c[2]) <= TOLERANCE * scale) {
        if (Math.abs(c[1]) > TOLERANCE * scale) {
          addRoot(out, -c[0] / c[1]);
        }
      } else {
        double disc = c[1] * c[1] - 4 * c[2] * c[0];
        if (disc >= 0) {
          // The stable form, which does not lose the smaller root to cancellation.
          double q = -0.5 * (c[1] + Math.copySign(Math.sqrt(disc), c[1]));
          addRoot(out, q / c[2]);
          if (q != 0) {
            addRoot(out, c[0] / q);
          }
        }
      }
      // A root at 0 matters when the weight is 0 itself: any weight above it may put a rival ahead.
      out.add(0.0);
      return out;
    }

    private static void addRoot(List<Double> roots, double w) {
      if (w >= 0 && !Double.isInfinite(w)) {
        roots.add(w);
      }
    }
  }
}
