package io.github.hindsight.judgement;

import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far the evidence that counts supports each interpretation, and how often the verdicts agree
 * with it (section 9); built once for the verdicts of a judgement.
 */
final class InterpretationSupports {
  private final List<Verdict> verdicts;
  private final KnownAt known;
  private final Map<String, String> names;
  /** The known evidence any interpretation cites, for or against it, in the order it is first cited. */
  private final List<String> cited;
  /** The place of each piece of {@link #cited} in it. */
  private final Map<String, Integer> place = new HashMap<>();

  InterpretationSupports(Question question, List<Verdict> verdicts, KnownAt known, Map<String, String> names) {
    this.verdicts = verdicts;
    this.known = known;
    this.names = names;
    Set<String> all = new LinkedHashSet<>();
    for (Interpretation i : question.interpretations()) {
      all.addAll(known.knownOf(i.supportingEvidence()));
      all.addAll(known.knownOf(i.challengingEvidence()));
    }
    this.cited = List.copyOf(all);
    for (String e : cited) {
      place.put(e, place.size());
    }
  }

  /** @return (for + 1) / (for + against + 2): one half with no evidence either way */
  static double support(double supporting, double challenging) {
    return (supporting + 1) / (supporting + challenging + 2);
  }

  InterpretationSupport of(Interpretation i) {
    List<String> supporting = known.knownOf(i.supportingEvidence());
    List<String> challenging = known.knownOf(i.challengingEvidence());
    List<String> unknown = new ArrayList<>(known.unknownOf(i.supportingEvidence()));
    unknown.addAll(known.unknownOf(i.challengingEvidence()));
    double agreement = 0;
    for (Verdict v : verdicts) {
      if (i.favours().contains(v.leader())) {
        agreement += i.favours().size() == 1 ? 1 : 0.5;
      }
    }
    return InterpretationSupport.builder().interpretation(i.id())
        .supporting(supporting).challenging(challenging).unknown(unknown).leavesOut(leavesOut(i))
        .stance(i.stance()).name(names.getOrDefault(i.id(), i.id()))
        .support(support(supporting.size(), challenging.size()))
        .agreement(agreement / verdicts.size())
        .build();
  }

  /**
   * What the others weigh and this one passes over, in the order the others cite it. Evidence this
   * one does not cite is first cited by another, so the order of first citation over every
   * interpretation is the others' order: one pass over what is cited, not one over each other
   * interpretation.
   */
  private List<String> leavesOut(Interpretation i) {
    boolean[] own = new boolean[cited.size()];
    mark(own, i.supportingEvidence());
    mark(own, i.challengingEvidence());
    List<String> out = new ArrayList<>(cited.size());
    for (int e = 0; e < own.length; e++) {
      if (!own[e]) {
        out.add(cited.get(e));
      }
    }
    return out;
  }

  private void mark(boolean[] own, List<String> evidence) {
    for (String e : evidence) {
      Integer at = place.get(e);
      if (at != null) {
        own[at] = true;
      }
    }
  }
}
