package io.github.hindsight.judgement;

import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.OutcomeStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The detailed report of one verdict, for {@link TextReport#render(Verdict, Map)}: the table, the
 * result, where each side is strongest and weakest, what was left out and the sensitivity.
 */
final class VerdictReport {
  private VerdictReport() {}

  static String render(Verdict verdict, Map<String, String> names) {
    Function<String, String> name = id -> names.getOrDefault(id, id);
    StringBuilder sb = new StringBuilder();
    table(sb, verdict, name);
    sb.append('\n');
    if (!verdict.others().isEmpty()) {
      sb.append("Not ranked, as they are not sides: ").append(TextLayout.and(verdict.others().stream().map(name).toList())).append(".\n");
    }
    if (!verdict.unscored().isEmpty()) {
      sb.append("Not ranked, for want of anything to score: ").append(TextLayout.and(verdict.unscored().stream().map(name).toList())).append(".\n");
    }
    Standing first = verdict.standings().get(0);
    Optional<String> second = verdict.runnerUp();
    if (second.isEmpty()) {
      sb.append(name.apply(first.actor())).append(" is the only side ranked, with ").append(Numbers.format(first.total())).append(".\n");
    } else if (verdict.isTie()) {
      sb.append(TextLayout.and(verdict.leaders().stream().map(name).toList())).append(" tie for the lead at ")
          .append(Numbers.format(first.total())).append(": ").append(verdict.label().word()).append(", as ").append(verdict.labelReason()).append(".\n");
    } else {
      sb.append(name.apply(first.actor())).append(" comes out ahead with ").append(Numbers.format(first.total()))
          .append(" against ").append(Numbers.format(verdict.total(second.get()))).append(" for ").append(name.apply(second.get()))
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
        row.add(score.hasBasis() ? Numbers.format(score.value()) : "-");
      }
      row.add(Numbers.format(s.total()));
      rows.add(row);
    }
    for (String other : verdict.others()) {
      List<String> row = new ArrayList<>(List.of("-", name.apply(other) + " (not a side)"));
      for (Criterion c : verdict.criteria()) {
        Score score = verdict.score(other, c.id());
        row.add(score.hasBasis() ? Numbers.format(score.value()) : "-");
      }
      row.add("-");
      rows.add(row);
    }
    columns(sb, rows);
    if (verdict.scores().stream().anyMatch(s -> !s.hasBasis())) {
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

  private static void balance(StringBuilder sb, Verdict verdict, Function<String, String> name) {
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
        sb.append("Yet ").append(TextLayout.and(top.stream().map(name).toList())).append(top.size() > 1 ? " lead on " : " leads on ")
            .append(c.name()).append(" (").append(Numbers.format(verdict.score(top.get(0), c.id()).value())).append(" against ")
            .append(mine.hasBasis() ? Numbers.format(mine.value()) + " for " + name.apply(leader) : "nothing to score for " + name.apply(leader))
            .append(").\n");
      }
    }
    if (!own.isEmpty()) {
      sb.append(name.apply(leader)).append(" leads or shares the lead on ").append(String.join(", ", own)).append(".\n");
    }
  }

  private static void strengths(StringBuilder sb, Verdict verdict, String actor, Function<String, String> name) {
    Strengths.of(verdict, actor).describe().ifPresent(d -> sb.append(name.apply(actor)).append(": ").append(d).append(".\n"));
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
      sb.append("Left out of the total for want of anything to score: ").append(String.join(", ", noBasis)).append(".\n");
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
