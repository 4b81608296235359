package io.github.hindsight.judgement;

import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.OutcomeStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plain-text reports of judgements: a table of scores and a few sentences built from the trace.
 * Nothing in a report is written for a particular question; every name, figure and reason comes
 * from the judgement. Figures are rounded to two places.
 */
public final class TextReport {
  private TextReport() {}

  /**
   * A report of a judgement: what was judged and how, then the verdict of each scenario, the
   * readings that decide the winner and the support for each interpretation.
   *
   * @param judgement the judgement
   * @return the report, lines ending in {@code \n}
   */
  public static String render(Judgement judgement) {
    Objects.requireNonNull(judgement, "judgement");
    StringBuilder sb = new StringBuilder();
    sb.append(judgement.prompt()).append('\n');
    if (judgement.config().asOf().isPresent()) {
      sb.append("Judged as of ").append(judgement.config().asOf().get()).append(": only what had happened and was known by then counts");
      if (!judgement.unknownEvidence().isEmpty()) {
        sb.append("; not yet known: ").append(String.join(", ", judgement.unknownEvidence()));
      }
      sb.append(".\n");
    } else {
      sb.append("Judged with hindsight: everything now known counts.\n");
    }
    sb.append("Criteria: ").append(judgement.criteria().stream()
        .map(c -> c.name() + " (weight " + Numbers.format(c.weight()) + ")").collect(Collectors.joining(", "))).append(".\n");
    int n = judgement.verdicts().size();
    for (int i = 0; i < n; i++) {
      Verdict v = judgement.verdicts().get(i);
      sb.append('\n');
      if (n > 1 || !v.scenario().readings().isEmpty()) {
        sb.append("Scenario ").append(i + 1).append(" of ").append(n).append(" (").append(v.scenario().describe()).append(")\n");
      }
      sb.append(render(v, judgement.actors()));
    }
    if (n > 1) {
      sb.append('\n');
      if (judgement.isSettled()) {
        sb.append("In every scenario ").append(judgement.name(judgement.leaders().get(0)))
            .append(" comes out ahead, so no reading decides the winner.\n");
      } else {
        sb.append("The leader depends on the readings: ").append(judgement.leaders().stream().map(judgement::name)
            .collect(Collectors.joining(" or "))).append(". The readings that decide it: ")
            .append(String.join(", ", judgement.decisiveReadings())).append(".\n");
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
        sb.append("), agreement ").append(Numbers.format(s.agreement())).append('\n');
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
    Function<String, String> name = id -> names.getOrDefault(id, id);
    StringBuilder sb = new StringBuilder();
    table(sb, verdict, name);
    sb.append('\n');
    Standing first = verdict.standings().get(0);
    Optional<String> second = verdict.runnerUp();
    if (second.isEmpty()) {
      sb.append(name.apply(first.actor())).append(" stands alone, with ").append(Numbers.format(first.total())).append(".\n");
    } else if (verdict.isTie()) {
      sb.append(name.apply(first.actor())).append(" and ").append(name.apply(second.get())).append(" tie at ")
          .append(Numbers.format(first.total())).append("; ").append(verdict.labelReason()).append(".\n");
    } else {
      sb.append(name.apply(first.actor())).append(" comes out ahead with ").append(Numbers.format(first.total()))
          .append(" against ").append(Numbers.format(verdict.total(second.get()))).append(" for ").append(name.apply(second.get()))
          .append(": the result is ").append(verdict.label().word()).append(", since ").append(verdict.labelReason()).append(".\n");
    }
    balance(sb, verdict, name);
    for (String actor : verdict.ranking()) {
      strengths(sb, verdict, actor, name);
    }
    leftOut(sb, verdict, name);
    sensitivity(sb, verdict, name);
    return sb.toString();
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
        rows.add(List.of(pj.perspective().name(), j.config().asOf().map(d -> "as of " + d).orElse("with hindsight"),
            String.valueOf(i + 1), j.name(v.leader()), Numbers.format(v.standings().get(0).total()),
            v.runnerUp().map(j::name).orElse("-"), Numbers.format(v.margin()), v.label().word()));
      }
    }
    StringBuilder sb = new StringBuilder();
    columns(sb, rows);
    sb.append('\n');
    for (PerspectiveJudgement pj : comparison.judgements()) {
      sb.append(pj.perspective().name()).append(": ").append(pj.perspective().description()).append('\n');
    }
    List<String> leaders = comparison.judgements().stream().flatMap(pj -> pj.judgement().leaders().stream()).distinct()
        .collect(Collectors.toList());
    sb.append('\n');
    if (comparison.isUnanimous() && !leaders.isEmpty()) {
      sb.append("Every perspective puts ").append(names.get(leaders.get(0))).append(" ahead.\n");
    } else {
      sb.append("The perspectives disagree: ").append(comparison.judgements().stream()
          .map(pj -> pj.perspective().name() + " puts " + pj.judgement().leaders().stream().map(pj.judgement()::name)
              .collect(Collectors.joining(" or ")) + " ahead")
          .collect(Collectors.joining("; "))).append(".\n");
    }
    return sb.toString();
  }

  private static void table(StringBuilder sb, Verdict verdict, Function<String, String> name) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("Rank", "Actor"));
    verdict.criteria().forEach(c -> header.add(c.name() + " x" + Numbers.format(c.weight())));
    header.add("Total");
    rows.add(header);
    for (Standing s : verdict.standings()) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(s.rank()), name.apply(s.actor())));
      for (Criterion c : verdict.criteria()) {
        Score score = verdict.score(s.actor(), c.id());
        row.add(Numbers.format(score.value()) + (score.hasBasis() ? "" : "*"));
      }
      row.add(Numbers.format(s.total()));
      rows.add(row);
    }
    columns(sb, rows);
    if (verdict.scores().stream().anyMatch(s -> !s.hasBasis())) {
      sb.append("* nothing counted, so the neutral score 0.5\n");
    }
  }

  private static void columns(StringBuilder sb, List<List<String>> rows) {
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(i == 0 ? "" : "  ").append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length()));
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static void balance(StringBuilder sb, Verdict verdict, Function<String, String> name) {
    String leader = verdict.leader();
    List<String> own = new ArrayList<>();
    for (Criterion c : verdict.criteria()) {
      String top = verdict.leaderOn(c.id());
      double best = verdict.score(top, c.id()).value();
      if (verdict.score(leader, c.id()).value() >= best) {
        own.add(c.name());
      } else {
        sb.append("Yet ").append(name.apply(top)).append(" leads on ").append(c.name()).append(" (")
            .append(Numbers.format(best)).append(" against ").append(Numbers.format(verdict.score(leader, c.id()).value()))
            .append(" for ").append(name.apply(leader)).append(").\n");
      }
    }
    if (!own.isEmpty()) {
      sb.append(name.apply(leader)).append(" leads or shares the lead on ").append(String.join(", ", own)).append(".\n");
    }
  }

  private static void strengths(StringBuilder sb, Verdict verdict, String actor, Function<String, String> name) {
    double weightSum = verdict.criteria().stream().mapToDouble(Criterion::weight).sum();
    Map<String, Criterion> byId = verdict.criteria().stream().collect(Collectors.toMap(Criterion::id, c -> c));
    TraceEntry best = null;
    double bestGain = -1;
    TraceEntry worst = null;
    double worstLoss = -1;
    for (TraceEntry e : verdict.trace()) {
      if (!e.actor().equals(actor) || !e.counted() || e.kind() == TraceKind.NO_BASIS) {
        continue;
      }
      double share = byId.get(e.criterion()).weight() / weightSum;
      double gain = e.contribution() * share;
      // What the item would add at full credit but does not.
      double loss = (1 - e.credit()) * weightShare(verdict, e) * share;
      if (gain > bestGain + 1e-12) {
        best = e;
        bestGain = gain;
      }
      if (loss > worstLoss + 1e-12 && loss > 0) {
        worst = e;
        worstLoss = loss;
      }
    }
    if (best == null) {
      return;
    }
    sb.append(name.apply(actor)).append(": strongest on ").append(describe(best, byId))
        .append(", adding ").append(Numbers.format(bestGain)).append(" to the total");
    if (worst != null) {
      sb.append("; weakest on ").append(describe(worst, byId)).append(", costing ").append(Numbers.format(worstLoss));
    }
    sb.append(".\n");
  }

  private static double weightShare(Verdict verdict, TraceEntry e) {
    double weight = 0;
    for (TraceEntry t : verdict.trace(e.actor(), e.criterion())) {
      weight += t.counted() ? t.weight() : 0;
    }
    return weight > 0 ? e.weight() / weight : 0;
  }

  private static String describe(TraceEntry e, Map<String, Criterion> byId) {
    String what = e.status().map(s -> s.word()).or(() -> e.effect().map(x -> x.word())).orElse("credit " + Numbers.format(e.credit()));
    return e.subject() + " (" + what + ", " + byId.get(e.criterion()).name() + ")";
  }

  private static void leftOut(StringBuilder sb, Verdict verdict, Function<String, String> name) {
    Map<String, Criterion> byId = verdict.criteria().stream().collect(Collectors.toMap(Criterion::id, c -> c));
    List<String> unclear = new ArrayList<>();
    List<String> before = new ArrayList<>();
    List<String> later = new ArrayList<>();
    List<String> noBasis = new ArrayList<>();
    for (TraceEntry e : verdict.trace()) {
      String who = e.subject() + " (" + name.apply(e.actor()) + ")";
      if (e.kind() == TraceKind.NO_BASIS) {
        noBasis.add(name.apply(e.actor()) + " on " + byId.get(e.criterion()).name());
      } else if (e.status().equals(Optional.of(OutcomeStatus.UNCLEAR))) {
        addOnce(unclear, who);
      } else if (e.beforeEvidence()) {
        addOnce(before, e.subject() + " as " + e.status().orElseThrow().word() + " (" + name.apply(e.actor()) + ")");
      } else if (!e.counted() && e.kind() != TraceKind.OBJECTIVE && !e.note().contains("later view")) {
        addOnce(later, e.subject());
      }
    }
    if (!before.isEmpty()) {
      sb.append("Judged as they looked before their evidence came out: ").append(String.join(", ", before)).append(".\n");
    }
    if (!unclear.isEmpty()) {
      sb.append("Left out as unclear, not guessed: ").append(String.join(", ", unclear)).append(".\n");
    }
    if (!later.isEmpty()) {
      sb.append("Left out as not yet happened or known: ").append(String.join(", ", later)).append(".\n");
    }
    if (!noBasis.isEmpty()) {
      sb.append("Neutral 0.5 for want of anything to score: ").append(String.join(", ", noBasis)).append(".\n");
    }
  }

  private static void addOnce(List<String> list, String item) {
    if (!list.contains(item)) {
      list.add(item);
    }
  }

  private static void sensitivity(StringBuilder sb, Verdict verdict, Function<String, String> name) {
    sb.append("Sensitivity (other weights fixed):\n");
    Map<String, Criterion> byId = verdict.criteria().stream().collect(Collectors.toMap(Criterion::id, c -> c));
    for (Sensitivity s : verdict.sensitivity()) {
      sb.append("  ").append(byId.get(s.criterion()).name()).append(" (weight ").append(Numbers.format(s.weight())).append("): ");
      if (s.isRobust()) {
        sb.append("robust, no weight changes the leader");
      } else {
        List<String> parts = new ArrayList<>();
        s.below().ifPresent(t -> parts.add("below " + Numbers.format(t.weight()) + " " + name.apply(t.newLeader()) + " would lead"));
        s.above().ifPresent(t -> parts.add("above " + Numbers.format(t.weight()) + " " + name.apply(t.newLeader()) + " would lead"));
        sb.append(String.join("; ", parts));
      }
      sb.append('\n');
    }
  }
}
