package io.github.hindsight.judgement;

import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The statement of a question weighed through the stances of its interpretations (section 9). */
final class StatementSupports {
  private StatementSupports() {}

  /** @return the support of the statement, or empty when no interpretation takes a stance on it */
  static Optional<StatementSupport> of(Question question, KnownAt known) {
    List<Interpretation> taking = new ArrayList<>();
    for (Interpretation i : question.interpretations()) {
      if (i.stance().isPresent()) {
        taking.add(i);
      }
    }
    if (taking.isEmpty()) {
      return Optional.empty();
    }
    // Points for and against, by piece of evidence, in the order the pieces are first cited.
    Map<String, double[]> points = new LinkedHashMap<>();
    StatementSupport.Builder b = StatementSupport.builder();
    for (Interpretation i : taking) {
      Stance s = i.stance().orElseThrow();
      switch (s) {
        case AGREES -> b.addAgree(i.id());
        case PARTLY_AGREES -> b.addPartlyAgree(i.id());
        case DISAGREES -> b.addDisagree(i.id());
      }
      double forIfSupports = s == Stance.AGREES ? 1 : s == Stance.PARTLY_AGREES ? 0.5 : 0;
      for (String e : known.knownOf(i.supportingEvidence())) {
        double[] p = pointsOf(points, e);
        p[0] += forIfSupports;
        p[1] += 1 - forIfSupports;
      }
      // What challenges a view that partly agrees says neither which way, so it does not count.
      if (s != Stance.PARTLY_AGREES) {
        for (String e : known.knownOf(i.challengingEvidence())) {
          double[] p = pointsOf(points, e);
          p[0] += 1 - forIfSupports;
          p[1] += forIfSupports;
        }
      }
    }
    double forWeight = 0;
    double againstWeight = 0;
    for (Map.Entry<String, double[]> e : points.entrySet()) {
      double[] p = e.getValue();
      double total = p[0] + p[1];
      forWeight += p[0] / total;
      againstWeight += p[1] / total;
      if (p[0] > 0) {
        b.addForEvidence(e.getKey());
      }
      if (p[1] > 0) {
        b.addAgainstEvidence(e.getKey());
      }
    }
    return Optional.of(b.forWeight(forWeight).againstWeight(againstWeight).build());
  }

  /** @return the points for and against the statement of a piece of evidence, none at first */
  private static double[] pointsOf(Map<String, double[]> points, String evidence) {
    double[] p = points.get(evidence);
    if (p == null) {
      p = new double[2];
      points.put(evidence, p);
    }
    return p;
  }
}
