package io.github.hindsight.html.internal;

import io.github.hindsight.judgement.AimsExtent;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.Verdict;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The answer of a judgement in a sentence, for its method, as the page leads with it. */
final class Answers {
  private Answers() {}

  static String of(Judgement j) {
    return switch (j.method()) {
      case CONTEST -> contest(j);
      case EXTENT_OF_AIMS -> extent(j, j.verdict());
      case INTERPRETATIONS -> j.statementAnswer().orElseGet(() -> best(j));
    };
  }

  /** Who leads: the same side in every scenario, or who leads in which. */
  static String contest(Judgement j) {
    Set<String> leaders = new LinkedHashSet<>();
    j.verdicts().forEach(v -> leaders.add(names(j, v.leaders())));
    if (leaders.size() == 1) {
      Verdict v = j.verdict();
      String who = leaders.iterator().next();
      String scope = j.verdicts().size() > 1 ? " in every scenario" : "";
      return v.isTie() ? who + " tie for the lead" + scope + " at " + Html.number(v.total(v.leader())) + "."
          : who + " leads" + scope + ", by " + Html.number(v.margin()) + " (" + v.label().word() + ").";
    }
    StringBuilder sb = new StringBuilder("The leader depends on the reading: ");
    for (int i = 0; i < j.verdicts().size(); i++) {
      Verdict v = j.verdicts().get(i);
      sb.append(i == 0 ? "" : "; ").append(names(j, v.leaders())).append(v.isTie() ? " tie" : " leads").append(" if ")
          .append(v.scenario().describe());
    }
    return sb.append('.').toString();
  }

  /** How far each actor met its aims, in the first scenario. */
  static String extent(Judgement j, Verdict v) {
    StringBuilder sb = new StringBuilder();
    for (AimsExtent a : v.aims()) {
      sb.append(sb.length() == 0 ? "" : " ").append(j.name(a.actor())).append(a.extent()
          .map(e -> " " + e.word() + " met its aims (" + Html.number(a.share().orElse(0.0)) + ").").orElse(" has no clear aim."));
    }
    return sb.length() == 0 ? "No actor has aims recorded." : sb.toString();
  }

  private static String best(Judgement j) {
    List<String> best = j.bestSupported();
    if (best.isEmpty()) {
      return "The question records no interpretations.";
    }
    return "Best supported by the evidence: " + String.join(", ", best.stream().map(id -> j.interpretation(id).name()).toList()) + ".";
  }

  static String names(Judgement j, List<String> ids) {
    List<String> names = ids.stream().map(j::name).toList();
    return names.size() <= 1 ? String.join("", names)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
