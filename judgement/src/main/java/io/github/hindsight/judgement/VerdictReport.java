package io.github.hindsight.judgement;

import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.OutcomeStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The detailed report of one verdict, for {@link TextReport#render(Verdict, Map)}: the table, the
 * result, where each side is strongest and weakest, what was left out and the sensitivity.
 */
final class VerdictReport {
  private VerdictReport() {}

  static String render(Verdict verdict, Map<String, String> names) {
    Names name = new Names(names);
    StringBuilder sb = new StringBuilder();
    table(sb, verdict, name);
    sb.append('\n');
    if (!verdict.others().isEmpty()) {
      sb.append("Not ranked, as they are not sides: ").append(TextLayout.and(name.all(verdict.others()))).append(".\n");
    }
    if (!verdict.unscored().isEmpty()) {
      sb.append("Not ranked, for want of anything to score: ").append(TextLayout.and(name.all(verdict.unscored()))).append(".\n");
    }
    Standing first = verdict.standings().get(0);
    Optional<String> second = verdict.runnerUp();
    if (second.isEmpty()) {
      sb.append(name.of(first.actor())).append(" is the only side ranked, with ").append(Numbers.format(first.total())).append(".\n");
    } else if (verdict.isTie()) {
      sb.append(TextLayout.and(name.all(verdict.leaders()))).append(" tie for the lead at ")
          .append(Numbers.format(first.total())).append(": ").append(verdict.label().word()).append(", as ").append(verdict.labelReason()).append(".\n");
    } else {
      sb.append(name.of(first.actor())).append(" comes out ahead with ").append(Numbers.format(first.total()))
          .append(" against ").append(Numbers.format(verdict.total(second.get()))).append(" for ").append(name.of(second.get()))
          .append(": ").append(verdict.label().word()).append(", as ").append(verdict.labelReason()).append(".\n");
    }
    balance(sb, verdict, name);
    for (String actor : verdict.ranking()) {
      strengths(sb, verdict, actor, name);
    }
    leftOut(sb, verdict, name);
    sensitivity(sb, verdict, name);
    return sb.toString();
  }

  /** The actors' names by id; ids stand in for missing names. */
  private static final class Names {
    private final Map<String, String> names;

    Names(Map<String, String> names) {
      this.names = names;
    }

    String of(String id) {
      return names.getOrDefault(id, id);
    }

    List<String> all(List<String> ids) {
      List<String> out = new ArrayList<>(ids.size());
      for (String id : ids) {
        out.add(of(id));
      }
      return out;
    }
  }

  /** @return whether some actor has nothing to score on some criterion */
  static boolean anyWithoutBasis(Verdict verdict) {
    for (Score s : verdict.scores()) {
      if (!s.hasBasis()) {
        return true;
      }
    }
    return false;
  }

  /** @return the verdict's criteria by id */
  static Map<String, Criterion> criteriaById(Verdict verdict) {
    Map<String, Criterion> byId = new HashMap<>();
    for (Criterion c : verdict.criteria()) {
      Criterion before = byId.putIfAbsent(c.id(), c);
      if (before != null) {
        // A verdict built by hand may list a criterion twice.
        throw new IllegalStateException("Duplicate key " + c.id() + " (attempted merging values " + before + " and " + c + ")");
      }
    }
    return byId;
  }

  private static void table(StringBuilder sb, Verdict verdict, Names name) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("Rank", "Actor"));
    for (Criterion c : verdict.criteria()) {
      header.add(c.name() + " x" + Numbers.format(c.weight()));
    }
    header.add("Total");
    rows.add(header);
    for (Standing s : verdict.standings()) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(s.rank()), name.of(s.actor())));
      for (Criterion c : verdict.criteria()) {
        Score score = verdict.score(s.actor(), c.id());
        row.add(score.hasBasis() ? Numbers.format(score.value()) : "-");
      }
      row.add(Numbers.format(s.total()));
      rows.add(row);
    }
    for (String other : verdict.others()) {
      List<String> row = new ArrayList<>(List.of("-", name.of(other) + " (not a side)"));
      for (Criterion c : verdict.criteria()) {
        Score score = verdict.score(other, c.id());
        row.add(score.hasBasis() ? Numbers.format(score.value()) : "-");
      }
      row.add("-");
      rows.add(row);
    }
    columns(sb, rows);
    if (anyWithoutBasis(verdict)) {
      sb.append("- nothing to score: the criterion is left out of that side's total, its weight spread over the rest\n");
    }
  }

  static void columns(StringBuilder sb, List<List<String>> rows) {
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

  private static void balance(StringBuilder sb, Verdict verdict, Names name) {
    String leader = verdict.leader();
    List<String> own = new ArrayList<>();
    for (Criterion c : verdict.criteria()) {
      List<String> top = verdict.leadersOn(c.id());
      if (top.isEmpty()) {
        // Nothing to score for any side: no one leads on it.
        continue;
      }
      if (top.contains(leader)) {
        own.add(c.name());
      } else {
        Score mine = verdict.score(leader, c.id());
        sb.append("Yet ").append(TextLayout.and(name.all(top))).append(top.size() > 1 ? " lead on " : " leads on ")
            .append(c.name()).append(" (").append(Numbers.format(verdict.score(top.get(0), c.id()).value())).append(" against ")
            .append(mine.hasBasis() ? Numbers.format(mine.value()) + " for " + name.of(leader) : "nothing to score for " + name.of(leader))
            .append(").\n");
      }
    }
    if (!own.isEmpty()) {
      sb.append(name.of(leader)).append(" leads or shares the lead on ").append(String.join(", ", own)).append(".\n");
    }
  }

  private static void strengths(StringBuilder sb, Verdict verdict, String actor, Names name) {
    Optional<String> d = Strengths.of(verdict, actor).describe();
    if (d.isPresent()) {
      sb.append(name.of(actor)).append(": ").append(d.get()).append(".\n");
    }
  }

  private static void leftOut(StringBuilder sb, Verdict verdict, Names name) {
    Map<String, Criterion> byId = criteriaById(verdict);
    List<String> unclear = new ArrayList<>();
    List<String> before = new ArrayList<>();
    List<String> later = new ArrayList<>();
    List<String> noBasis = new ArrayList<>();
    for (TraceEntry e : verdict.trace()) {
      String who = e.subject() + " (" + name.of(e.actor()) + ")";
      if (e.kind() == TraceKind.NO_BASIS) {
        noBasis.add(name.of(e.actor()) + " on " + byId.get(e.criterion()).name());
      } else if (e.status().equals(Optional.of(OutcomeStatus.UNCLEAR))) {
        addOnce(unclear, who);
      } else if (e.beforeEvidence()) {
        addOnce(before, e.subject() + " as " + e.status().orElseThrow().word() + " (" + name.of(e.actor()) + ")");
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
      sb.append("Left out of the total for want of anything to score: ").append(String.join(", ", noBasis)).append(".\n");
    }
  }

  private static void addOnce(List<String> list, String item) {
    if (!list.contains(item)) {
      list.add(item);
    }
  }

  private static void sensitivity(StringBuilder sb, Verdict verdict, Names name) {
    sb.append("Sensitivity (other weights fixed):\n");
    Map<String, Criterion> byId = criteriaById(verdict);
    for (Sensitivity s : verdict.sensitivity()) {
      sb.append("  ").append(byId.get(s.criterion()).name()).append(" (weight ").append(Numbers.format(s.weight())).append("): ");
      if (s.isRobust()) {
        sb.append("robust, no weight changes the leader");
      } else {
        List<String> parts = new ArrayList<>();
        if (s.below().isPresent()) {
          parts.add("below " + Numbers.format(s.below().get().weight()) + " " + name.of(s.below().get().newLeader()) + " would lead");
        }
        if (s.above().isPresent()) {
          parts.add("above " + Numbers.format(s.above().get().weight()) + " " + name.of(s.above().get().newLeader()) + " would lead");
        }
        sb.append(String.join("; ", parts));
      }
      sb.append('\n');
    }
  }
}
