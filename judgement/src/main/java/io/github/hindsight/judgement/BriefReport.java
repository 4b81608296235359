package io.github.hindsight.judgement;

import static io.github.hindsight.judgement.TextLayout.and;
import static io.github.hindsight.judgement.TextLayout.some;
import static io.github.hindsight.judgement.TextLayout.wrap;

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

  private final Judgement j;
  private final Verdict first;
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

  private void add(int rank, List<String> lines) {
    if (!lines.isEmpty()) {
      blocks.add(new Block(rank, lines));
    }
  }

  private void say(int rank, String paragraph) {
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

  private String name(String id) {
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
      case EXTENT_OF_AIMS -> aims();
      case INTERPRETATIONS -> interpretations();
      default -> contest();
    }
    say(6, "The full trace, scenario by scenario, is in the detailed report.");
  }

  // --- a contest -------------------------------------------------------------------------

  private void contest() {
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
    add(1, table(this::contestRow, contestHeader(), first.ranking()));
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

  private List<String> contestHeader() {
    List<String> header = new ArrayList<>(List.of("Rank", "Side"));
    first.criteria().forEach(c -> header.add(c.id() + " x" + Numbers.compact(c.weight())));
    header.add("Total");
    return header;
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
  private String across(Function<Verdict, String> cell) {
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

  private List<String> table(Function<String, List<String>> row, List<String> header, List<String> ids) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    ids.stream().limit(ROWS).forEach(id -> rows.add(row.apply(id)));
    List<String> out = new ArrayList<>(TextLayout.table(rows));
    if (ids.size() > ROWS) {
      out.add("... and " + (ids.size() - ROWS) + " more in the detailed report");
    }
    if (header.contains("Total") && first.scores().stream().anyMatch(s -> !s.hasBasis())) {
      out.add("- nothing to score: the criterion is left out of that side's total, its weight spread over the rest");
    }
    return out;
  }

  private void notRanked() {
    List<String> parts = new ArrayList<>();
    if (!first.others().isEmpty()) {
      parts.add(and(first.others().stream().map(this::name).toList()) + (first.others().size() > 1 ? " are not sides" : " is not a side")
          + ", so only the consequences and perceptions for them are shown");
    }
    if (!first.unscored().isEmpty()) {
      parts.add(and(first.unscored().stream().map(this::name).toList()) + " had nothing to score on any criterion");
    }
    if (!parts.isEmpty()) {
      say(2, "Not ranked: " + String.join("; ", parts) + ".");
    }
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

  private void leftOut() {
    List<String> unclear = first.trace().stream().filter(e -> e.kind() == TraceKind.OBJECTIVE && !e.counted()).map(TraceEntry::subject)
        .distinct().toList();
    if (!unclear.isEmpty()) {
      say(4, "Left out as unclear, not guessed: " + some(unclear, 6) + ".");
    }
  }

  private void supportLine(int rank) {
    if (!j.interpretations().isEmpty()) {
      say(rank, "Interpretations, by the support of the evidence counted: " + j.interpretations().stream()
          .map(i -> i.interpretation() + " " + Numbers.format(i.support())).collect(Collectors.joining(", ")) + ".");
    }
  }

  // --- the extent of aims ----------------------------------------------------------------

  private void aims() {
    List<String> ids = first.aims().stream().map(AimsExtent::actor).toList();
    if (ids.isEmpty()) {
      say(0, "No actor has aims recorded, so there is nothing to measure; the sides are compared instead.");
      contest();
      return;
    }
    List<String> answer = new ArrayList<>();
    for (Extent e : Extent.values()) {
      List<String> who = ids.stream().filter(id -> extents(id).equals(List.of(e))).map(this::name).toList();
      if (!who.isEmpty()) {
        answer.add(e.word() + " " + and(who));
      }
    }
    List<String> varies = ids.stream().filter(id -> extents(id).size() > 1).map(this::name).toList();
    if (!varies.isEmpty()) {
      answer.add("depending on the reading: " + and(varies));
    }
    List<String> none = ids.stream().filter(id -> extents(id).isEmpty()).map(this::name).toList();
    if (!none.isEmpty()) {
      answer.add("no clear aim: " + and(none));
    }
    say(0, "How far each met its own aims: " + String.join("; ", answer) + ". No winner is named: the question asks how far, not who won.");
    add(1, table(this::aimsRow, List.of("Actor", "Aims met", "Extent", "Achieved", "Partly", "Failed", "Unclear"), ids));
    List<String> lines = new ArrayList<>();
    for (AimsExtent a : first.aims()) {
      List<String> parts = new ArrayList<>();
      if (!a.achieved().isEmpty()) {
        parts.add("carried by " + some(a.achieved(), 2));
      }
      if (!a.failed().isEmpty()) {
        parts.add("failed on " + some(a.failed(), 2));
      }
      if (!parts.isEmpty()) {
        lines.addAll(wrap(name(a.actor()) + ": " + String.join("; ", parts) + ".", "  "));
      }
    }
    add(2, lines);
    say(2, "Extent: largely from " + Numbers.format(Extent.LARGELY_FROM) + " of the weight of its aims met, partly from "
        + Numbers.format(Extent.PARTLY_FROM) + ", hardly below; achieved counts 1, partly 0.5, not 0, by importance 1, 2 or 3.");
    if (j.verdicts().size() > 1) {
      say(3, "Readings varied: " + some(j.verdicts().get(0).scenario().readings().keySet().stream().toList(), 4)
          + "; where they change a figure the table gives the lowest and highest.");
    }
    leftOut();
    supportLine(5);
  }

  private List<Extent> extents(String actor) {
    return j.verdicts().stream().map(v -> aimsOf(v, actor).flatMap(AimsExtent::extent)).flatMap(Optional::stream).distinct().toList();
  }

  private static Optional<AimsExtent> aimsOf(Verdict v, String actor) {
    return v.aims().stream().filter(a -> a.actor().equals(actor)).findFirst();
  }

  private List<String> aimsRow(String actor) {
    return List.of(name(actor),
        across(v -> aimsOf(v, actor).flatMap(AimsExtent::share).map(Numbers::format).orElse("-")),
        across(v -> aimsOf(v, actor).flatMap(AimsExtent::extent).map(Extent::word).orElse("-")),
        across(v -> String.valueOf(aimsOf(v, actor).map(a -> a.achieved().size()).orElse(0))),
        across(v -> String.valueOf(aimsOf(v, actor).map(a -> a.partly().size()).orElse(0))),
        across(v -> String.valueOf(aimsOf(v, actor).map(a -> a.failed().size()).orElse(0))),
        across(v -> String.valueOf(aimsOf(v, actor).map(a -> a.unclear().size()).orElse(0))));
  }

  // --- interpretations ------------------------------------------------------------------

  private void interpretations() {
    if (j.interpretations().isEmpty()) {
      say(0, "The question records no interpretations to weigh, so the sides are compared instead.");
      contest();
      return;
    }
    List<String> best = j.bestSupported();
    InterpretationSupport top = support(best.get(0));
    String figures = "support " + Numbers.format(top.support()) + ": " + top.supporting().size() + " for, " + top.challenging().size() + " against";
    say(0, best.size() > 1
        ? and(best) + " tie as the best supported, each with " + figures + "."
        : "The best supported interpretation is " + best.get(0) + " (" + figures + ")."
            + (j.interpretations().size() > 1 ? " The weakest is " + weakest() + "." : ""));
    add(1, table(this::interpretationRow, List.of("Interpretation", "For", "Against", "Not yet known", "Support", "Leaves out"),
        j.interpretations().stream().map(InterpretationSupport::interpretation).toList()));
    List<String> lines = new ArrayList<>();
    for (InterpretationSupport i : j.interpretations()) {
      if (!i.leavesOut().isEmpty()) {
        lines.addAll(wrap(i.interpretation() + " leaves out " + some(i.leavesOut(), 4) + ", which the others cite.", "  "));
      }
    }
    add(2, lines);
    say(2, "Support is (for + 1) / (for + against + 2): one half with no evidence either way.");
  }

  private String weakest() {
    double low = j.interpretations().stream().mapToDouble(InterpretationSupport::support).min().orElseThrow();
    List<String> ids = j.interpretations().stream().filter(i -> i.support() == low).map(InterpretationSupport::interpretation).toList();
    return and(ids) + " (support " + Numbers.format(low) + ")";
  }

  private InterpretationSupport support(String id) {
    return j.interpretations().stream().filter(i -> i.interpretation().equals(id)).findFirst().orElseThrow();
  }

  private List<String> interpretationRow(String id) {
    InterpretationSupport i = support(id);
    return List.of(id, String.valueOf(i.supporting().size()), String.valueOf(i.challenging().size()), String.valueOf(i.unknown().size()),
        Numbers.format(i.support()), String.valueOf(i.leavesOut().size()));
  }
}
