package io.github.hindsight.judgement;

import static io.github.hindsight.judgement.TextLayout.and;
import static io.github.hindsight.judgement.TextLayout.some;
import static io.github.hindsight.judgement.TextLayout.wrap;

import io.github.hindsight.model.Criterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The short report of a who-won question: the sides ranked, the margin and its label, and how firm the result is. */
final class ContestBrief implements BriefReport.Row {
  /** The most scenarios given a line each. */
  private static final int SCENARIO_LINES = 4;

  private final BriefReport r;
  private final Judgement j;
  private final Verdict first;

  ContestBrief(BriefReport report) {
    this.r = report;
    this.j = report.j;
    this.first = report.first;
  }

  void write() {
    int n = j.verdicts().size();
    List<String> answer = new ArrayList<>();
    if (n == 1) {
      answer.addAll(wrap(result(first), "  "));
    } else if (n <= SCENARIO_LINES) {
      answer.addAll(wrap(j.isSettled()
          ? r.name(j.leaders().get(0)) + " comes out ahead in every one of the " + n + " scenarios, so no reading decides the winner."
          : "The leader depends on the readings (" + and(j.decisiveReadings()) + "): " + or(j.leaders()) + ".", "  "));
      for (int i = 0; i < n; i++) {
        Verdict v = j.verdicts().get(i);
        answer.addAll(wrap("- " + v.scenario().describe() + ": " + result(v), "    "));
      }
    } else {
      List<String> parts = new ArrayList<>();
      for (String leader : j.leaders()) {
        int k = 0;
        for (Verdict v : j.verdicts()) {
          k += v.leaders().contains(leader) ? 1 : 0;
        }
        parts.add(r.name(leader) + " leads in " + k + " of " + n);
      }
      answer.addAll(wrap(String.join("; ", parts) + " scenarios" + (j.decisiveReadings().isEmpty() ? "."
          : "; the readings that decide it: " + some(j.decisiveReadings(), 4) + "."), "  "));
      answer.addAll(wrap("In the first (" + first.scenario().describe() + "): " + result(first), "  "));
    }
    r.add(0, answer);
    balance();
    r.add(1, r.tableUnder(this, header(), first.ranking()));
    notRanked();
    labels();
    strengths();
    sensitivity();
    r.leftOut();
    r.supportLine(5);
  }

  /** One sentence on one verdict: the leader, or every side of a tie, and the margin's label. */
  private String result(Verdict v) {
    if (v.isTie()) {
      return and(r.names(v.leaders())) + " tie for the lead at " + Numbers.format(v.standings().get(0).total())
          + ": " + v.label().word() + ".";
    }
    Optional<String> second = v.runnerUp();
    if (second.isEmpty()) {
      return r.name(v.leader()) + " is the only side ranked, with " + Numbers.format(v.standings().get(0).total()) + ".";
    }
    return r.name(v.leader()) + " comes out ahead with " + Numbers.format(v.standings().get(0).total()) + " against "
        + Numbers.format(v.total(second.get())) + " for " + r.name(second.get()) + ", a margin of " + Numbers.format(v.margin())
        + ": " + v.label().word() + ".";
  }

  private String or(List<String> ids) {
    List<String> names = r.names(ids);
    return names.size() < 2 ? String.join("", names)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  private void balance() {
    List<String> yet = new ArrayList<>();
    for (Criterion c : first.criteria()) {
      List<String> top = first.leadersOn(c.id());
      if (!top.isEmpty() && !top.contains(first.leader()) && !first.isTie()) {
        Score leader = first.score(first.leader(), c.id());
        yet.add(and(r.names(top)) + " on " + c.name() + " (" + Numbers.format(first.score(top.get(0), c.id()).value())
            + " against " + (leader.hasBasis() ? Numbers.format(leader.value()) : "nothing to score") + ")");
      }
    }
    if (!yet.isEmpty()) {
      r.say(2, (j.verdicts().size() > 1 ? "In the first scenario, " : "Yet ") + r.name(first.leader()) + " is behind " + String.join("; ", yet) + ".");
    }
  }

  /** The header in three rows: each criterion's name wrapped over two, its weight under it, so that no name is cut. */
  private List<List<String>> header() {
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

  /** A side's row: its rank, its score on each criterion and its total, each over every scenario. */
  @Override
  public List<String> cells(String actor) {
    List<String> ranks = new ArrayList<>();
    for (Verdict v : j.verdicts()) {
      ranks.add(rank(v, actor));
    }
    List<String> row = new ArrayList<>(List.of(r.across(ranks), r.name(actor)));
    for (Criterion c : first.criteria()) {
      List<String> scores = new ArrayList<>();
      for (Verdict v : j.verdicts()) {
        Score s = v.score(actor, c.id());
        scores.add(s.hasBasis() ? Numbers.format(s.value()) : "-");
      }
      row.add(r.across(scores));
    }
    List<String> totals = new ArrayList<>();
    for (Verdict v : j.verdicts()) {
      totals.add(v.ranking().contains(actor) ? Numbers.format(v.total(actor)) : "-");
    }
    row.add(r.across(totals));
    return row;
  }

  private static String rank(Verdict v, String actor) {
    for (Standing s : v.standings()) {
      if (s.actor().equals(actor)) {
        return String.valueOf(s.rank());
      }
    }
    return "-";
  }

  private void notRanked() {
    List<String> parts = new ArrayList<>();
    if (!first.others().isEmpty()) {
      int n = first.others().size();
      List<String> others = new ArrayList<>(n);
      for (String id : first.others()) {
        others.add(r.withRole(id));
      }
      parts.add(and(others) + "; what followed for " + (n > 1 ? "them" : "it")
          + " and how " + (n > 1 ? "they were" : "it was") + " seen are in the detailed report");
    }
    if (!first.unscored().isEmpty()) {
      parts.add(and(r.names(first.unscored())) + " had nothing to score on any criterion");
    }
    if (!parts.isEmpty()) {
      r.say(2, "Not ranked: " + String.join("; ", parts) + ".");
    }
  }

  private void labels() {
    LabelStandard s = first.standard();
    r.say(2, "Labels: clear at a margin of at least " + Numbers.format(s.clearMargin()) + " ('" + s.clearName() + "'), narrow at least "
        + Numbers.format(s.narrowMargin()) + " ('" + s.narrowName() + "'), contested below.");
  }

  private void strengths() {
    List<String> lines = new ArrayList<>();
    for (String actor : first.leaders()) {
      Optional<String> d = Strengths.of(first, actor).describe();
      if (d.isPresent()) {
        lines.addAll(wrap(r.name(actor) + ": " + d.get() + ".", "  "));
      }
    }
    r.add(3, lines);
  }

  private void sensitivity() {
    List<String> robust = new ArrayList<>();
    List<String> tips = new ArrayList<>();
    for (Sensitivity s : first.sensitivity()) {
      if (s.isRobust()) {
        robust.add(s.criterion());
      } else {
        List<String> parts = new ArrayList<>();
        if (s.below().isPresent()) {
          parts.add("below " + Numbers.format(s.below().get().weight()) + " " + r.name(s.below().get().newLeader()) + " would lead");
        }
        if (s.above().isPresent()) {
          parts.add("above " + Numbers.format(s.above().get().weight()) + " " + r.name(s.above().get().newLeader()) + " would lead");
        }
        tips.add(s.criterion() + " (weight " + Numbers.format(s.weight()) + "): " + String.join(", ", parts));
      }
    }
    String text = "Sensitivity" + (j.verdicts().size() > 1 ? " in the first scenario" : "") + ", other weights fixed: "
        + (tips.isEmpty() ? "no weight changes the leader." : String.join("; ", tips) + (robust.isEmpty() ? "." : "; robust: " + String.join(", ", robust) + "."));
    r.say(3, text);
  }
}
