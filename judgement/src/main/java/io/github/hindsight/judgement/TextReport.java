package io.github.hindsight.judgement;

import io.github.hindsight.model.Criterion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Plain-text reports of judgements: a table of scores and a few sentences built from the trace.
 * Nothing in a report is written for a particular question; every name, figure and reason comes
 * from the judgement. Figures are rounded to two places.
 */
public final class TextReport {
  private TextReport() {}

  /**
   * The report a student reads first: the answer in a few sentences and one table, in at most 40
   * lines of at most 100 columns, led by the method the kind of question calls for.
   *
   * @param judgement the judgement
   * @return the report, lines ending in {@code \n}
   */
  public static String render(Judgement judgement) {
    Objects.requireNonNull(judgement, "judgement");
    return BriefReport.render(judgement);
  }

  /**
   * The report of a judgement, with or without its full trace. With the trace, the short report
   * is followed by every scenario in detail: its table, where each side is strongest and weakest,
   * what was left out, the sensitivity, and every item weighed.
   *
   * @param judgement the judgement
   * @param trace whether to add the full trace, scenario by scenario
   * @return the report, lines ending in {@code \n}
   */
  public static String render(Judgement judgement, boolean trace) {
    Objects.requireNonNull(judgement, "judgement");
    if (!trace) {
      return render(judgement);
    }
    StringBuilder sb = new StringBuilder(render(judgement));
    List<String> criteria = new ArrayList<>();
    for (Criterion c : judgement.criteria()) {
      criteria.add(c.name() + " (weight " + Numbers.format(c.weight()) + ")");
    }
    sb.append("\nIn detail. Criteria: ").append(String.join(", ", criteria)).append(".\n");
    int n = judgement.verdicts().size();
    for (int i = 0; i < n; i++) {
      Verdict v = judgement.verdicts().get(i);
      sb.append('\n');
      if (n > 1 || !v.scenario().readings().isEmpty()) {
        sb.append("Scenario ").append(i + 1).append(" of ").append(n).append(" (").append(v.scenario().describe()).append(")\n");
      }
      sb.append(render(v, judgement.actors()));
      sb.append("Trace:\n");
      for (TraceEntry e : v.trace()) {
        sb.append("  ").append(judgement.name(e.actor())).append(" / ").append(e.criterion()).append(" / ")
            .append(e.kind().word()).append(' ').append(e.subject()).append(": ");
        sb.append(e.counted() ? "credit " + Numbers.compact(e.credit()) + " x weight " + Numbers.compact(e.weight()) : "not counted");
        if (!e.note().isEmpty()) {
          sb.append(" - ").append(e.note());
        }
        sb.append('\n');
      }
    }
    if (!judgement.interpretations().isEmpty()) {
      sb.append("\nInterpretations (support from the evidence counted; agreement with the verdicts):\n");
      for (InterpretationSupport s : judgement.interpretations()) {
        sb.append("  ").append(s.interpretation()).append(": support ").append(Numbers.format(s.support()))
            .append(" (").append(s.supporting().size()).append(" for, ").append(s.challenging().size()).append(" against");
        if (!s.unknown().isEmpty()) {
          sb.append(", ").append(s.unknown().size()).append(" not yet known");
        }
        sb.append("), agreement ").append(Numbers.format(s.agreement()));
        if (!s.leavesOut().isEmpty()) {
          sb.append("; leaves out ").append(String.join(", ", s.leavesOut()));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * A report of one verdict: the table, then sentences on the result, where each actor is
   * strongest and weakest, what was left out, and the sensitivity of the result.
   *
   * @param verdict the verdict
   * @param names the actors' names by id, such as {@link Judgement#actors()}; ids stand in for missing names
   * @return the report, lines ending in {@code \n}
   */
  public static String render(Verdict verdict, Map<String, String> names) {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(names, "names");
    return VerdictReport.render(verdict, names);
  }

  /**
   * A side-by-side report of one question judged under several perspectives.
   *
   * @param comparison the judgements
   * @return the report, lines ending in {@code \n}
   */
  public static String render(Comparison comparison) {
    Objects.requireNonNull(comparison, "comparison");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Perspective", "Judged", "Scenario", "Leader", "Total", "Runner-up", "Margin", "Label"));
    Map<String, String> names = new LinkedHashMap<>();
    for (PerspectiveJudgement pj : comparison.judgements()) {
      Judgement j = pj.judgement();
      names.putAll(j.actors());
      for (int i = 0; i < j.verdicts().size(); i++) {
        Verdict v = j.verdicts().get(i);
        rows.add(List.of(pj.perspective().name(), judged(j), String.valueOf(i + 1), j.name(v.leader()),
            Numbers.format(v.standings().get(0).total()), runnerUp(j, v), Numbers.format(v.margin()), v.label().word()));
      }
    }
    StringBuilder sb = new StringBuilder();
    VerdictReport.columns(sb, rows);
    sb.append('\n');
    for (PerspectiveJudgement pj : comparison.judgements()) {
      sb.append(pj.perspective().name()).append(": ").append(pj.perspective().description()).append('\n');
    }
    Set<String> leaders = new LinkedHashSet<>();
    for (PerspectiveJudgement pj : comparison.judgements()) {
      leaders.addAll(pj.judgement().leaders());
    }
    sb.append('\n');
    if (comparison.isUnanimous() && !leaders.isEmpty()) {
      sb.append("Every perspective puts ").append(names.get(leaders.iterator().next())).append(" ahead.\n");
    } else {
      List<String> views = new ArrayList<>();
      for (PerspectiveJudgement pj : comparison.judgements()) {
        List<String> named = new ArrayList<>();
        for (String leader : pj.judgement().leaders()) {
          named.add(pj.judgement().name(leader));
        }
        views.add(pj.perspective().name() + " puts " + String.join(" or ", named) + " ahead");
      }
      sb.append("The perspectives disagree: ").append(String.join("; ", views)).append(".\n");
    }
    return sb.toString();
  }

  private static String judged(Judgement j) {
    return j.config().asOf().isPresent() ? "as of " + j.config().asOf().get() : "with hindsight";
  }

  private static String runnerUp(Judgement j, Verdict v) {
    Optional<String> second = v.runnerUp();
    return second.isPresent() ? j.name(second.get()) : "-";
  }
}
