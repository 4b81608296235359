package io.github.hindsight.judgement;

import static io.github.hindsight.judgement.TextLayout.and;
import static io.github.hindsight.judgement.TextLayout.some;
import static io.github.hindsight.judgement.TextLayout.wrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The short report of a how-far question: how far each actor met its own aims, and no winner. */
final class AimsBrief {
  private final BriefReport r;

  AimsBrief(BriefReport report) {
    this.r = report;
  }

  void write() {
    List<String> ids = r.first.aims().stream().map(AimsExtent::actor).toList();
    if (ids.isEmpty()) {
      r.say(0, "No actor has aims recorded, so there is nothing to measure; the sides are compared instead.");
      r.contest();
      return;
    }
    List<String> answer = new ArrayList<>();
    for (Extent e : Extent.values()) {
      List<String> who = ids.stream().filter(id -> extents(id).equals(List.of(e))).map(r::name).toList();
      if (!who.isEmpty()) {
        answer.add(e.word() + " " + and(who));
      }
    }
    List<String> varies = ids.stream().filter(id -> extents(id).size() > 1).map(r::name).toList();
    if (!varies.isEmpty()) {
      answer.add("depending on the reading: " + and(varies));
    }
    List<String> none = ids.stream().filter(id -> extents(id).isEmpty()).map(r::name).toList();
    if (!none.isEmpty()) {
      answer.add("no clear aim: " + and(none));
    }
    r.say(0, "How far each met its own aims: " + String.join("; ", answer) + ". No winner is named: the question asks how far, not who won."
        + withoutAims(ids));
    r.add(1, r.table(this::aimsRow, List.of("Actor", "Aims met", "Extent", "Achieved", "Partly", "Failed", "Unclear"), ids));
    List<String> lines = new ArrayList<>();
    for (AimsExtent a : r.first.aims()) {
      List<String> parts = new ArrayList<>();
      if (!a.achieved().isEmpty()) {
        parts.add("carried by " + some(a.achieved(), 2));
      }
      if (!a.failed().isEmpty()) {
        parts.add("failed on " + some(a.failed(), 2));
      }
      if (!parts.isEmpty()) {
        lines.addAll(wrap(r.name(a.actor()) + ": " + String.join("; ", parts) + ".", "  "));
      }
    }
    r.add(2, lines);
    r.say(2, "Extent: largely from " + Numbers.format(Extent.LARGELY_FROM) + " of the weight of its aims met, partly from "
        + Numbers.format(Extent.PARTLY_FROM) + ", hardly below; achieved counts 1, partly 0.5, not 0, by importance 1, 2 or 3.");
    if (r.j.verdicts().size() > 1) {
      r.say(3, "Readings varied: " + some(r.j.verdicts().get(0).scenario().readings().keySet().stream().toList(), 4)
          + "; where they change a figure the table gives the lowest and highest.");
    }
    r.leftOut();
    r.supportLine(5);
  }

  /** The actors left out of the table of aims, named: those that are not sides, and sides with no aims recorded. */
  private String withoutAims(List<String> withAims) {
    List<String> others = new ArrayList<>();
    List<String> sides = new ArrayList<>();
    for (String id : r.j.actors().keySet()) {
      if (!withAims.contains(id)) {
        if (r.first.others().contains(id)) {
          others.add(r.withRole(id));
        } else {
          sides.add(r.name(id));
        }
      }
    }
    String out = "";
    if (!others.isEmpty()) {
      out += " " + and(others) + (others.size() > 1 ? " have" : " has")
          + " no aims recorded, so " + (others.size() > 1 ? "they are" : "it is") + " not measured; what followed for "
          + (others.size() > 1 ? "them" : "it") + " is in the detailed report.";
    }
    if (!sides.isEmpty()) {
      out += " No aims are recorded for " + and(sides) + ", so " + (sides.size() > 1 ? "they are" : "it is") + " not measured.";
    }
    return out;
  }

  private List<Extent> extents(String actor) {
    return r.j.verdicts().stream().map(v -> aimsOf(v, actor).flatMap(AimsExtent::extent)).flatMap(Optional::stream).distinct().toList();
  }

  private static Optional<AimsExtent> aimsOf(Verdict v, String actor) {
    return v.aims().stream().filter(a -> a.actor().equals(actor)).findFirst();
  }

  private List<String> aimsRow(String actor) {
    return List.of(r.name(actor),
        r.across(v -> aimsOf(v, actor).flatMap(AimsExtent::share).map(Numbers::format).orElse("-")),
        r.across(v -> aimsOf(v, actor).flatMap(AimsExtent::extent).map(Extent::word).orElse("-")),
        r.across(v -> String.valueOf(aimsOf(v, actor).map(a -> a.achieved().size()).orElse(0))),
        r.across(v -> String.valueOf(aimsOf(v, actor).map(a -> a.partly().size()).orElse(0))),
        r.across(v -> String.valueOf(aimsOf(v, actor).map(a -> a.failed().size()).orElse(0))),
        r.across(v -> String.valueOf(aimsOf(v, actor).map(a -> a.unclear().size()).orElse(0))));
  }

}
