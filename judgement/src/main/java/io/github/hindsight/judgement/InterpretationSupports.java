package io.github.hindsight.judgement;

import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Question;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How far the evidence that counts supports each interpretation, and how often the verdicts agree with it (section 9). */
final class InterpretationSupports {
  private InterpretationSupports() {}

  /** @return (for + 1) / (for + against + 2): one half with no evidence either way */
  static double support(double supporting, double challenging) {
    return (supporting + 1) / (supporting + challenging + 2);
  }

  static InterpretationSupport of(Question question, Interpretation i, List<Verdict> verdicts, KnownAt known, Map<String, String> names) {
    List<String> supporting = known.knownOf(i.supportingEvidence());
    List<String> challenging = known.knownOf(i.challengingEvidence());
    List<String> unknown = new ArrayList<>(known.unknownOf(i.supportingEvidence()));
    unknown.addAll(known.unknownOf(i.challengingEvidence()));
    // What the others weigh and this one passes over, in the order the others cite it.
    Set<String> leavesOut = new LinkedHashSet<>();
    for (Interpretation other : question.interpretations()) {
      if (other != i) {
        leavesOut.addAll(known.knownOf(other.supportingEvidence()));
        leavesOut.addAll(known.knownOf(other.challengingEvidence()));
      }
    }
    leavesOut.removeAll(i.supportingEvidence());
    leavesOut.removeAll(i.challengingEvidence());
    double agreement = 0;
    for (Verdict v : verdicts) {
      if (i.favours().contains(v.leader())) {
        agreement += i.favours().size() == 1 ? 1 : 0.5;
      }
    }
    return InterpretationSupport.builder().interpretation(i.id())
        .supporting(supporting).challenging(challenging).unknown(unknown).leavesOut(leavesOut)
        .stance(i.stance()).name(names.getOrDefault(i.id(), i.id()))
        .support(support(supporting.size(), challenging.size()))
        .agreement(agreement / verdicts.size())
        .build();
  }
}
