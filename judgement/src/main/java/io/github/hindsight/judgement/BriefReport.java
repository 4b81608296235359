package io.github.hindsight.judgement;

import static io.github.hindsight.judgement.TextLayout.and;
import static io.github.hindsight.judgement.TextLayout.some;
import static io.github.hindsight.judgement.TextLayout.wrap;

import io.github.hindsight.model.ActorRole;
import io.github.hindsight.model.Criterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report a student reads first: the answer in a few sentences and one table, at most {@link
 * #LINES} lines of at most {@link TextLayout#WIDTH} columns. It is made of blocks, each with a
 * rank; when the blocks would make more lines than that, the least important go first.
 */
final class BriefReport {
  /** The most lines of the report. */
  static final int LINES = 40;
  /** The most rows of the table, the header apart. */
  private static final int ROWS = 12;
  /** The most scenarios given a line each. */
  private static final int SCENARIO_LINES = 4;

  private record Block(int rank, List<String> lines) {}

  final Judgement j;
  final Verdict first;
  private final List<Block> blocks = new ArrayList<>();

  private BriefReport(Judgement judgement) {
    this.j = judgement;
    this.first = judgement.verdict();
  }

  static String render(Judgement judgement) {
    BriefReport r = new BriefReport(judgement);
    r.build();
    return r.assemble();
  }

  void add(int rank, List<String> lines) {
    if (!lines.isEmpty()) {
      blocks.add(new Block(rank, lines));
    }
  }

  void say(int rank, String paragraph) {
    add(rank, wrap(paragraph, "  "));
  }

  private String assemble() {
    List<Block> kept = new ArrayList<>(blocks);
    // Blank lines come between blocks, so each block costs one more line than it has.
    while (kept.stream().mapToInt(b -> b.lines().size() + 1).sum() - 1 > LINES) {
      Block least = kept.stream().max((a, b) -> Integer.compare(a.rank(), b.rank())).orElseThrow();
      if (least.rank() == 0) {
        break;
      }
      kept.remove(kept.lastIndexOf(least));
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < kept.size(); i++) {
      if (i > 0) {
        sb.append('\n');
      }
      kept.get(i).lines().forEach(l -> sb.append(l).append('\n'));
    }
    return sb.toString();
  }

  String name(String id) {
    return j.actors().getOrDefault(id, id);
  }

  private void build() {
    List<String> head = new ArrayList<>(wrap(j.prompt(), "  "));
    if (j.config().asOf().isPresent()) {
      head.addAll(wrap("Judged as of " + j.config().asOf().get() + ": only what had happened and was known by then counts"
          + (j.unknownEvidence().isEmpty() ? "" : "; not yet known: " + some(j.unknownEvidence(), 4)) + ".", "  "));
    } else {
      head.add("Judged with hindsight: everything now known counts.");
    }
    head.addAll(wrap("Method: " + j.method().describe() + j.methodNote().map(n -> " (" + n + ")").orElse("") + ".", "  "));
    add(0, head);
    switch (j.method()) {
      case EXTENT_OF_AIMS -> new AimsBrief(this).write();
      case INTERPRETATIONS -> new InterpretationsBrief(this).write();
      default -> contest();
    }
    say(6, "The full trace, scenario by scenario, is in the detailed report (--trace on the command line).");
  }

  // --- a contest -------------------------------------------------------------------------

  void contest() {
    int n = j.verdicts().size();
    List<String> answer = new ArrayList<>();
    if (n == 1) {
      answer.addAll(wrap(result(first), "  "));
    } else if (n <= SCENARIO_LINES) {
      answer.addAll(wrap(j.isSettled()
          ? name(j.leaders().get(0)) + " comes out ahead in every one of the " + n + " scenarios, so no reading decides the winner."
          : "The leader depends on the readings (" + and(j.decisiveReadings()) + "): " + or(j.leaders()) + ".", "  "));
      for (int i = 0; i < n; i++) {
        Verdict v = j.verdicts().get(i);
        answer.addAll(wrap("- " + v.scenario().describe() + ": " + result(v), "    "));
      }
    } else {
      List<String> parts = new ArrayList<>();
      for (String leader : j.leaders()) {
        long k = j.verdicts().stream().filter(v -> v.leaders().contains(leader)).count();
        parts.add(name(leader) + " leads in " + k + " of " + n);
      }
      answer.addAll(wrap(String.join("; ", parts) + " scenarios" + (j.decisiveReadings().isEmpty() ? "."
          : "; the readings that decide it: " + some(j.decisiveReadings(), 4) + "."), "  "));
      answer.addAll(wrap("In the first (" + first.scenario().describe() + "): " + result(first), "  "));
    }
    add(0, answer);
    balance();
    add(1, tableUnder(this::contestRow, contestHeader(), first.ranking()));
    notRanked();
    labels();
    strengths();
    sensitivity();
    leftOut();
    supportLine(5);
  }

  /** One sentence on one verdict: the leader, or every side of a tie, and the margin's label. */
  private String result(Verdict v) {
    if (v.isTie()) {
      return and(v.leaders().stream().map(this::name).toList()) + " tie for the lead at " + Numbers.format(v.standings().get(0).total())
          + ": " + v.label().word() + ".";
    }
    Optional<String> second = v.runnerUp();
    if (second.isEmpty()) {
      return name(v.leader()) + " is the only side ranked, with " + Numbers.format(v.standings().get(0).total()) + ".";
    }
    return name(v.leader()) + " comes out ahead with " + Numbers.format(v.standings().get(0).total()) + " against "
        + Numbers.format(v.total(second.get())) + " for " + name(second.get()) + ", a margin of " + Numbers.format(v.margin())
        + ": " + v.label().word() + ".";
  }

  private String or(List<String> ids) {
    List<String> names = ids.stream().map(this::name).toList();
    return names.size() < 2 ? String.join("", names)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  private void balance() {
    List<String> yet = new ArrayList<>();
    for (Criterion c : first.criteria()) {
      List<String> top = first.leadersOn(c.id());
      if (!top.isEmpty() && !top.contains(first.leader()) && !first.isTie()) {
        Score leader = first.score(first.leader(), c.id());
        yet.add(and(top.stream().map(this::name).toList()) + " on " + c.name() + " (" + Numbers.format(first.score(top.get(0), c.id()).value())
            + " against " + (leader.hasBasis() ? Numbers.format(leader.value()) : "nothing to score") + ")");
      }
    }
    if (!yet.isEmpty()) {
      say(2, (j.verdicts().size() > 1 ? "In the first scenario, " : "Yet ") + name(first.leader()) + " is behind " + String.join("; ", yet) + ".");
    }
  }

  /** The header in three rows: each criterion's name wrapped over two, its weight under it, so that no name is cut. */
  private List<List<String>> contestHeader() {
    List<String> top = new ArrayList<>(List.of("", ""));
    List<String> middle = new ArrayList<>(List.of("", ""));
    List<String> bottom = new ArrayList<>(List.of("Rank", "Side"));
    for (Criterion c : first.criteria()) {
      List<String> words = List.of(c.name().strip().split("\\s+"));
      int split = 0;
      int best = Integer.MAX_VALUE;
      for (int i = 0; i < words.size(); i++) {
        int wide = Math.max(String.join(" ", words.subList(0, i)).length(), String.join(" ", words.subList(i, words.size())).length());
        if (wide < best) {
          best = wide;
          split = i;
        }
      }
      top.add(String.join(" ", words.subList(0, split)));
      middle.add(String.join(" ", words.subList(split, words.size())));
      bottom.add("x" + Numbers.compact(c.weight()));
    }
    top.add("");
    middle.add("");
    bottom.add("Total");
    return List.of(top, middle, bottom);
  }

  private List<String> contestRow(String actor) {
    List<String> row = new ArrayList<>(List.of(across(v -> rank(v, actor)), name(actor)));
    for (Criterion c : first.criteria()) {
      row.add(across(v -> {
        Score s = v.score(actor, c.id());
        return s.hasBasis() ? Numbers.format(s.value()) : "-";
      }));
    }
    row.add(across(v -> v.ranking().contains(actor) ? Numbers.format(v.total(actor)) : "-"));
    return row;
  }

  private static String rank(Verdict v, String actor) {
    return v.standings().stream().filter(s -> s.actor().equals(actor)).findFirst().map(s -> String.valueOf(s.rank())).orElse("-");
  }

  /** A cell over every scenario: the one value, or the lowest and highest when they differ. */
  String across(Function<Verdict, String> cell) {
    List<String> values = j.verdicts().stream().map(cell).distinct().sorted(BriefReport::byNumber).toList();
    return values.size() == 1 ? values.get(0) : values.get(0) + "-" + values.get(values.size() - 1);
  }

  private static int byNumber(String a, String b) {
    try {
      return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  List<String> table(Function<String, List<String>> row, List<String> header, List<String> ids) {
    return tableUnder(row, List.of(header), ids);
  }

  /** The table of the ids, one row each after the header rows, at most {@link #ROWS} of them. */
  List<String> tableUnder(Function<String, List<String>> row, List<List<String>> headers, List<String> ids) {
    List<List<String>> rows = new ArrayList<>(headers);
    ids.stream().limit(ROWS).forEach(id -> rows.add(row.apply(id)));
    List<String> out = new ArrayList<>(TextLayout.table(rows));
    if (ids.size() > ROWS) {
      out.add("... and " + (ids.size() - ROWS) + " more in the detailed report");
    }
    if (headers.get(headers.size() - 1).contains("Total") && first.scores().stream().anyMatch(s -> !s.hasBasis())) {
      out.add("- nothing to score: the criterion is left out of that side's total, its weight spread over the rest");
    }
    return out;
  }

  private void notRanked() {
    List<String> parts = new ArrayList<>();
    if (!first.others().isEmpty()) {
      int n = first.others().size();
      parts.add(and(first.others().stream().map(this::withRole).toList()) + "; what followed for " + (n > 1 ? "them" : "it")
          + " and how " + (n > 1 ? "they were" : "it was") + " seen are in the detailed report");
    }
    if (!first.unscored().isEmpty()) {
      parts.add(and(first.unscored().stream().map(this::name).toList()) + " had nothing to score on any criterion");
    }
    if (!parts.isEmpty()) {
      say(2, "Not ranked: " + String.join("; ", parts) + ".");
    }
  }

  /** @return the actor's name with its role when it is not a side: {@code Poland (a party affected)} */
  String withRole(String id) {
    ActorRole role = j.roles().getOrDefault(id, ActorRole.SIDE);
    return name(id) + switch (role) {
      case SIDE -> "";
      case AFFECTED -> " (a party affected)";
      case MEDIATOR -> " (a mediator)";
      case OBSERVER -> " (an observer)";
    };
  }

  private void labels() {
    LabelStandard s = first.standard();
    say(2, "Labels: clear at a margin of at least " + Numbers.format(s.clearMargin()) + " ('" + s.clearName() + "'), narrow at least "
        + Numbers.format(s.narrowMargin()) + " ('" + s.narrowName() + "'), contested below.");
  }

  private void strengths() {
    List<String> lines = new ArrayList<>();
    for (String actor : first.leaders()) {
      Strengths.of(first, actor).describe().ifPresent(d -> lines.addAll(wrap(name(actor) + ": " + d + ".", "  ")));
    }
    add(3, lines);
  }

  private void sensitivity() {
    List<String> robust = new ArrayList<>();
    List<String> tips = new ArrayList<>();
    for (Sensitivity s : first.sensitivity()) {
      if (s.isRobust()) {
        robust.add(s.criterion());
      } else {
        List<String> parts = new ArrayList<>();
        s.below().ifPresent(t -> parts.add("below " + Numbers.format(t.weight()) + " " + name(t.newLeader()) + " would lead"));
        s.above().ifPresent(t -> parts.add("above " + Numbers.format(t.weight()) + " " + name(t.newLeader()) + " would lead"));
        tips.add(s.criterion() + " (weight " + Numbers.format(s.weight()) + "): " + String.join(", ", parts));
      }
    }
    String text = "Sensitivity" + (j.verdicts().size() > 1 ? " in the first scenario" : "") + ", other weights fixed: "
        + (tips.isEmpty() ? "no weight changes the leader." : String.join("; ", tips) + (robust.isEmpty() ? "." : "; robust: " + String.join(", ", robust) + "."));
    say(3, text);
  }

  void leftOut() {
    List<String> unclear = first.trace().stream().filter(e -> e.kind() == TraceKind.OBJECTIVE && !e.counted()).map(TraceEntry::subject)
        .distinct().toList();
    if (!unclear.isEmpty()) {
      say(4, "Left out as unclear, not guessed: " + some(unclear, 6) + ".");
    }
  }

  void supportLine(int rank) {
    if (!j.interpretations().isEmpty()) {
      // The best supported first; a stable sort keeps the question's order among equals.
      say(rank, "Interpretations, best supported first by the evidence counted: " + j.interpretations().stream()
          .sorted(java.util.Comparator.comparingDouble(InterpretationSupport::support).reversed())
          .map(i -> i.name() + " " + Numbers.format(i.support())).collect(Collectors.joining(", ")) + ".");
    }
  }

}
