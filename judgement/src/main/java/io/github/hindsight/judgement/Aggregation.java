package io.github.hindsight.judgement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Booleans;
import io.github.hindsight.model.Actor;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * From the scores of one scenario to its verdict: totals, ranking, margin, label and sensitivity
 * (sections 3, 4 and 7). Only sides are ranked. A side's total is the weighted mean of its scores
 * on the criteria where something counted for it; a criterion with nothing to score is left out
 * of that side's total, so its weight is spread over the others in proportion to their weights.
 */
final class Aggregation {
  private final Question question;
  private final JudgementConfig config;
  private final ImmutableList<Criterion> criteria;
  private final List<String> actors;
  private final boolean[] sides;

  Aggregation(Question question, JudgementConfig config, ImmutableList<Criterion> criteria) {
    this.question = question;
    this.config = config;
    this.criteria = criteria;
    this.actors = new ArrayList<>();
    for (Actor a : question.actors()) {
      actors.add(a.id());
    }
    this.sides = new boolean[actors.size()];
    for (int a = 0; a < actors.size(); a++) {
      sides[a] = Roles.isSide(question.actors().get(a));
    }
    // A question with no side at all ranks every actor, as it would name no answer otherwise.
    if (!Booleans.contains(sides, true)) {
      Arrays.fill(sides, true);
    }
  }

  /** The total of one actor over the criteria it has a basis on; NaN when their weights add up to 0. */
  static double total(double[] weights, double[] scores, boolean[] basis) {
    double sum = 0;
    double weight = 0;
    for (int c = 0; c < weights.length; c++) {
      if (basis[c]) {
        sum += weights[c] * scores[c];
        weight += weights[c];
      }
    }
    return weight > 0 ? sum / weight : Double.NaN;
  }

  Verdict verdict(Map<String, String> readings, Scoring.Sheet sheet) {
    double[][] scores = sheet.scores();
    boolean[][] basis = sheet.basis();
    int n = actors.size();
    int m = criteria.size();
    double[] weights = new double[m];
    for (int c = 0; c < m; c++) {
      weights[c] = criteria.get(c).weight();
    }
    double[] totals = new double[n];
    List<Score> scoreList = new ArrayList<>();
    List<String> others = new ArrayList<>();
    List<String> unscored = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      double total = total(weights, scores[a], basis[a]);
      double weight = 0;
      for (int c = 0; c < m; c++) {
        weight += basis[a][c] ? weights[c] : 0;
      }
      for (int c = 0; c < m; c++) {
        double contribution = basis[a][c] && weight > 0 ? weights[c] * scores[a][c] / weight : 0;
        scoreList.add(Score.builder().actor(actors.get(a)).criterion(criteria.get(c).id())
            .value(scores[a][c]).weight(weights[c]).contribution(contribution).hasBasis(basis[a][c]).build());
      }
      // Sums in a different order differ in the last bits; snapping makes equal totals tie exactly.
      totals[a] = Double.isNaN(total) ? total : Math.min(1, Math.max(0, Math.rint(total * 1e12) / 1e12));
      if (!sides[a]) {
        others.add(actors.get(a));
      } else if (Double.isNaN(total)) {
        unscored.add(actors.get(a));
      } else {
        order.add(a);
      }
    }
    if (order.isEmpty()) {
      // Nothing tells the sides apart: they all tie at the midpoint of the scale.
      unscored.clear();
      for (int a = 0; a < n; a++) {
        if (sides[a]) {
          order.add(a);
          totals[a] = 0.5;
        }
      }
    }
    // A stable sort, so equal totals keep the question's order.
    order.sort(new ByTotalDescending(totals));
    List<Standing> standings = new ArrayList<>();
    for (int r = 0; r < order.size(); r++) {
      int a = order.get(r);
      int rank = r > 0 && totals[a] == totals[order.get(r - 1)] ? standings.get(r - 1).rank() : r + 1;
      standings.add(Standing.builder().rank(rank).actor(actors.get(a)).total(totals[a]).build());
    }
    double margin = order.size() > 1 ? totals[order.get(0)] - totals[order.get(1)] : totals[order.get(0)];
    // The sides, that is every actor not among the others (actor ids are unique), by index.
    List<String> candidates = new ArrayList<>();
    List<double[]> sideScores = new ArrayList<>();
    List<boolean[]> sideBasis = new ArrayList<>();
    int leader = -1;
    for (int a = 0; a < n; a++) {
      if (sides[a]) {
        leader = a == order.get(0) ? candidates.size() : leader;
        candidates.add(actors.get(a));
        sideScores.add(scores[a]);
        sideBasis.add(basis[a]);
      }
    }
    ImmutableMap.Builder<String, String> chosen = ImmutableMap.builder();
    for (Map.Entry<String, String> e : readings.entrySet()) {
      if (config.readings().containsKey(e.getKey())) {
        chosen.put(e);
      }
    }
    return Verdict.builder()
        .scenario(Scenario.builder().readings(readings).chosen(chosen.buildOrThrow()).build())
        .criteria(criteria)
        .scores(scoreList)
        .standings(standings)
        .others(others)
        .unscored(unscored)
        .margin(margin)
        .label(config.standard().label(margin))
        .standard(config.standard())
        .trace(sheet.trace())
        .aims(sheet.aims())
        .sensitivity(Sensitivities.of(criteria, candidates, sideScores.toArray(new double[0][]),
            sideBasis.toArray(new boolean[0][]), leader))
        .build();
  }

  /** The actors by index, the highest total first. */
  private static final class ByTotalDescending implements Comparator<Integer> {
    private final double[] totals;

    ByTotalDescending(double[] totals) {
      this.totals = totals;
    }

    @Override
    public int compare(Integer x, Integer y) {
      return Double.compare(totals[y], totals[x]);
    }
  }
}
