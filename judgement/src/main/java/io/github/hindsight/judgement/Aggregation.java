package io.github.hindsight.judgement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.hindsight.model.Actor;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** From the scores of one scenario to its verdict: totals, ranking, margin, label and sensitivity (sections 3, 4 and 7). */
final class Aggregation {
  private final Question question;
  private final JudgementConfig config;
  private final ImmutableList<Criterion> criteria;
  private final List<String> actors;

  Aggregation(Question question, JudgementConfig config, ImmutableList<Criterion> criteria) {
    this.question = question;
    this.config = config;
    this.criteria = criteria;
    this.actors = question.actors().stream().map(Actor::id).collect(Collectors.toList());
  }

  Verdict verdict(Map<String, String> readings, Scoring.Sheet sheet) {
    double[][] scores = sheet.scores();
    int n = actors.size();
    int m = criteria.size();
    double[] weights = criteria.stream().mapToDouble(Criterion::weight).toArray();
    double weightSum = 0;
    for (double w : weights) {
      weightSum += w;
    }
    double[] totals = new double[n];
    List<Score> scoreList = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      double total = 0;
      for (int c = 0; c < m; c++) {
        double contribution = weights[c] * scores[a][c] / weightSum;
        total += contribution;
        scoreList.add(Score.builder().actor(actors.get(a)).criterion(criteria.get(c).id())
            .value(scores[a][c]).weight(weights[c]).contribution(contribution).hasBasis(sheet.basis()[a][c]).build());
      }
      // Sums in a different order differ in the last bits; snapping makes equal totals tie exactly.
      totals[a] = Math.min(1, Math.max(0, Math.rint(total * 1e12) / 1e12));
    }
    List<Integer> order = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      order.add(a);
    }
    // A stable sort, so equal totals keep the question's order.
    order.sort((x, y) -> Double.compare(totals[y], totals[x]));
    List<Standing> standings = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      int a = order.get(r);
      standings.add(Standing.builder().rank(r + 1).actor(actors.get(a)).total(totals[a]).build());
    }
    double margin = n > 1 ? totals[order.get(0)] - totals[order.get(1)] : totals[order.get(0)];
    return Verdict.builder()
        .scenario(Scenario.builder().readings(readings)
            .chosen(readings.entrySet().stream().filter(e -> config.readings().containsKey(e.getKey()))
                .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue)))
            .build())
        .criteria(criteria)
        .scores(scoreList)
        .standings(standings)
        .margin(margin)
        .label(config.standard().label(margin))
        .standard(config.standard())
        .trace(sheet.trace())
        .sensitivity(Sensitivities.of(criteria, actors, scores, order.get(0)))
        .build();
  }
}
