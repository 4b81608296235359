package io.github.hindsight.judgement;

import static io.github.hindsight.judgement.TextLayout.and;
import static io.github.hindsight.judgement.TextLayout.some;
import static io.github.hindsight.judgement.TextLayout.wrap;

import java.util.ArrayList;
import java.util.List;

/** The short report of a how-convincing question: the interpretations weighed by the evidence for and against each. */
final class InterpretationsBrief {
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
    List<String> best = r.j.bestSupported();
    InterpretationSupport top = support(best.get(0));
    String figures = "support " + Numbers.format(top.support()) + ": " + top.supporting().size() + " for, " + top.challenging().size() + " against";
    r.say(0, best.size() > 1
        ? and(best) + " tie as the best supported, each with " + figures + "."
        : "The best supported interpretation is " + best.get(0) + " (" + figures + ")."
            + (r.j.interpretations().size() > 1 ? " " + weakest() + "." : ""));
    r.add(1, r.table(this::interpretationRow, List.of("Interpretation", "For", "Against", "Not yet known", "Support", "Leaves out"),
        r.j.interpretations().stream().map(InterpretationSupport::interpretation).toList()));
    List<String> lines = new ArrayList<>();
    for (InterpretationSupport i : r.j.interpretations()) {
      if (!i.leavesOut().isEmpty()) {
        lines.addAll(wrap(i.interpretation() + " leaves out " + some(i.leavesOut(), 4) + ", which the others cite.", "  "));
      }
    }
    r.add(2, lines);
    r.say(2, "Support is (for + 1) / (for + against + 2): one half with no evidence either way.");
  }

  private String weakest() {
    double low = r.j.interpretations().stream().mapToDouble(InterpretationSupport::support).min().orElseThrow();
    List<String> ids = r.j.interpretations().stream().filter(i -> i.support() == low).map(InterpretationSupport::interpretation).toList();
    return (ids.size() > 1 ? "The weakest are " + and(ids) + " (support " + Numbers.format(low) + " each)"
        : "The weakest is " + ids.get(0) + " (support " + Numbers.format(low) + ")");
  }

  private InterpretationSupport support(String id) {
    return r.j.interpretations().stream().filter(i -> i.interpretation().equals(id)).findFirst().orElseThrow();
  }

  private List<String> interpretationRow(String id) {
    InterpretationSupport i = support(id);
    return List.of(id, String.valueOf(i.supporting().size()), String.valueOf(i.challenging().size()), String.valueOf(i.unknown().size()),
        Numbers.format(i.support()), String.valueOf(i.leavesOut().size()));
  }
}
