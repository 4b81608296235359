package io.github.hindsight.judgement;

import static io.github.hindsight.judgement.TextLayout.and;
import static io.github.hindsight.judgement.TextLayout.some;
import static io.github.hindsight.judgement.TextLayout.wrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The short report of a how-convincing question: the question's statement weighed through the
 * stances of the interpretations, and the interpretations weighed by the evidence for and against
 * each.
 */
final class InterpretationsBrief implements BriefReport.Row {
  private final BriefReport r;

  InterpretationsBrief(BriefReport report) {
    this.r = report;
  }

  void write() {
    if (r.j.interpretations().isEmpty()) {
      r.say(0, "The question records no interpretations to weigh, so the sides are compared instead.");
      r.contest();
      return;
    }
    Optional<String> answer = r.j.statementAnswer();
    if (answer.isPresent()) {
      r.say(0, answer.get());
    }
    List<String> best = r.j.bestSupported();
    InterpretationSupport top = r.j.interpretation(best.get(0));
    String figures = "support " + Numbers.format(top.support()) + ": " + top.supporting().size() + " for, " + top.challenging().size() + " against";
    r.say(0, best.size() > 1
        ? and(names(best)) + " tie as the best supported, each with " + figures + "."
        : "The best supported interpretation is " + name(best.get(0)) + " (" + figures + ")."
            + (r.j.interpretations().size() > 1 ? " " + weakest() + "." : ""));
    List<String> ids = new ArrayList<>();
    for (InterpretationSupport i : r.j.interpretations()) {
      ids.add(i.interpretation());
    }
    r.add(1, r.table(this, List.of("Interpretation", "Stance", "For", "Against", "Not yet known", "Support", "Leaves out"), ids));
    List<String> lines = new ArrayList<>();
    for (InterpretationSupport i : r.j.interpretations()) {
      if (!i.leavesOut().isEmpty()) {
        lines.addAll(wrap(i.name() + " leaves out " + some(i.leavesOut(), 4) + ", which the others cite.", "  "));
      }
    }
    r.add(2, lines);
    r.say(2, "Support is (for + 1) / (for + against + 2): one half with no evidence either way.");
    if (r.j.statement().isPresent()) {
      r.say(2, "The statement: evidence for a view that agrees, or against one that disagrees, counts for it;"
          + " the reverse against it; evidence for a view that partly agrees counts half each way; each piece once in all. Largely"
          + " convincing from a support of " + Numbers.format(Extent.LARGELY_FROM) + ", partly from " + Numbers.format(Extent.PARTLY_FROM)
          + ", hardly below.");
    }
  }

  private List<String> names(List<String> ids) {
    List<String> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      out.add(name(id));
    }
    return out;
  }

  private String name(String id) {
    return r.j.interpretation(id).name();
  }

  private String weakest() {
    List<InterpretationSupport> all = r.j.interpretations();
    double low = all.get(0).support();
    for (InterpretationSupport i : all) {
      low = Math.min(low, i.support());
    }
    List<String> names = new ArrayList<>();
    for (InterpretationSupport i : all) {
      if (i.support() == low) {
        names.add(i.name());
      }
    }
    return (names.size() > 1 ? "The weakest are " + and(names) + " (support " + Numbers.format(low) + " each)"
        : "The weakest is " + names.get(0) + " (support " + Numbers.format(low) + ")");
  }

  /** An interpretation's row: its stance, the evidence for and against it and not yet known, its support, and what it leaves out. */
  @Override
  public List<String> cells(String id) {
    InterpretationSupport i = r.j.interpretation(id);
    return List.of(i.name(), i.stance().isPresent() ? i.stance().get().word() : "-", String.valueOf(i.supporting().size()),
        String.valueOf(i.challenging().size()), String.valueOf(i.unknown().size()), Numbers.format(i.support()),
        String.valueOf(i.leavesOut().size()));
  }
}
