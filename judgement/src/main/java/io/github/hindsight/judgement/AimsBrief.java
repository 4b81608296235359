package io.github.hindsight.judgement;

import static io.github.hindsight.judgement.TextLayout.and;
import static io.github.hindsight.judgement.TextLayout.some;
import static io.github.hindsight.judgement.TextLayout.wrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The short report of a how-far question: how far each actor met its own aims, and no winner. */
final class AimsBrief implements BriefReport.Row {
  private final BriefReport r;

  AimsBrief(BriefReport report) {
    this.r = report;
  }

  void write() {
    List<String> ids = new ArrayList<>();
    for (AimsExtent a : r.first.aims()) {
      ids.add(a.actor());
    }
    if (ids.isEmpty()) {
      r.say(0, "No actor has aims recorded, so there is nothing to measure; the sides are compared instead.");
      r.contest();
      return;
    }
    List<List<Extent>> extents = new ArrayList<>(ids.size());
    for (String id : ids) {
      extents.add(extents(id));
    }
    List<String> answer = new ArrayList<>();
    for (Extent e : Extent.values()) {
      List<String> who = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        if (extents.get(i).equals(List.of(e))) {
          who.add(r.name(ids.get(i)));
        }
      }
      if (!who.isEmpty()) {
        answer.add(e.word() + " " + and(who));
      }
    }
    List<String> varies = new ArrayList<>();
    List<String> none = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (extents.get(i).size() > 1) {
        varies.add(r.name(ids.get(i)));
      } else if (extents.get(i).isEmpty()) {
        none.add(r.name(ids.get(i)));
      }
    }
    if (!varies.isEmpty()) {
      answer.add("depending on the reading: " + and(varies));
    }
    if (!none.isEmpty()) {
      answer.add("no clear aim: " + and(none));
    }
    r.say(0, "How far each met its own aims: " + String.join("; ", answer) + ". No winner is named: the question asks how far, not who won."
        + withoutAims(ids));
    r.add(1, r.table(this, List.of("Actor", "Aims met", "Extent", "Achieved", "Partly", "Failed", "Unclear"), ids));
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
      r.say(3, "Readings varied: " + some(new ArrayList<>(r.j.verdicts().get(0).scenario().readings().keySet()), 4)
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

  /** @return the distinct extents of the actor's aims over the scenarios, in the order they first come */
  private List<Extent> extents(String actor) {
    List<Extent> out = new ArrayList<>();
    for (Verdict v : r.j.verdicts()) {
      AimsExtent a = aimsOf(v, actor);
      Optional<Extent> e = a == null ? Optional.empty() : a.extent();
      if (e.isPresent() && !out.contains(e.get())) {
        out.add(e.get());
      }
    }
    return out;
  }

  /** @return the actor's aims in the verdict, or null when it has none recorded */
  private static @Nullable AimsExtent aimsOf(Verdict v, String actor) {
    for (AimsExtent a : v.aims()) {
      if (a.actor().equals(actor)) {
        return a;
      }
    }
    return null;
  }

  /** An actor's row: the share and extent of its aims met, and how many were achieved, partly, failed and unclear, over every scenario. */
  @Override
  public List<String> cells(String actor) {
    List<String> share = new ArrayList<>();
    List<String> extent = new ArrayList<>();
    List<String> achieved = new ArrayList<>();
    List<String> partly = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> unclear = new ArrayList<>();
    for (Verdict v : r.j.verdicts()) {
      AimsExtent a = aimsOf(v, actor);
      share.add(a != null && a.share().isPresent() ? Numbers.format(a.share().get()) : "-");
      extent.add(a != null && a.extent().isPresent() ? a.extent().get().word() : "-");
      achieved.add(String.valueOf(a == null ? 0 : a.achieved().size()));
      partly.add(String.valueOf(a == null ? 0 : a.partly().size()));
      failed.add(String.valueOf(a == null ? 0 : a.failed().size()));
      unclear.add(String.valueOf(a == null ? 0 : a.unclear().size()));
    }
    return List.of(r.name(actor), r.across(share), r.across(extent), r.across(achieved), r.across(partly), r.across(failed),
        r.across(unclear));
  }
}
