package io.github.hindsight.markdown.internal;

import static io.github.hindsight.markdown.internal.MarkdownText.escape;

import io.github.hindsight.judgement.AimsExtent;
import io.github.hindsight.judgement.Extent;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.judgement.JudgementException;
import io.github.hindsight.judgement.Method;
import io.github.hindsight.judgement.Score;
import io.github.hindsight.judgement.Standing;
import io.github.hindsight.judgement.Verdict;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Question;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The part of the revision notes that shows what the judgement engine makes of the question: its
 * verdicts with hindsight and, when some evidence came out later, as of the year before.
 */
final class EngineNotes {
  private final StringBuilder out;
  private final Question q;
  private final Judge judge;

  EngineNotes(StringBuilder out, Question q, Judge judge) {
    this.out = out;
    this.q = q;
    this.judge = judge;
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private void blank() {
    out.append('\n');
  }

  void write() {
    if (q.actors().size() < 2) {
      return;
    }
    line("### What the judgement engine makes of it");
    blank();
    line("Hindsight's judgement engine scores each side from 0 to 1 on every criterion and adds the weighted scores. "
        + "Use its verdict as something to argue with, not as the answer.");
    blank();
    try {
      Judgement withHindsight = judge.judge(q);
      verdicts(withHindsight, "With hindsight, using all the evidence");
      Optional<HistoricalDate> firstLate = q.evidence().stream().flatMap(e -> e.knownFrom().stream()).min(Comparator.naturalOrder());
      if (firstLate.isPresent() && firstLate.get().year() > 1) {
        HistoricalDate before = HistoricalDate.ofYear(firstLate.get().year() - 1);
        verdicts(judge.judge(q, JudgementConfig.asOf(before)), "With only what was known in " + before + ", before the later evidence came out");
      }
    } catch (JudgementException e) {
      line("The engine cannot judge this question: " + escape(String.join("; ", e.problems())));
      blank();
    }
  }

  private static final int MOST_SCENARIOS = 4;

  private void verdicts(Judgement judgement, String title) {
    line("**" + escape(title) + "**");
    blank();
    if (judgement.method() == Method.INTERPRETATIONS && judgement.statementAnswer().isPresent()) {
      line(escape(judgement.statementAnswer().get()));
      blank();
    }
    List<Verdict> verdicts = judgement.verdicts();
    for (int v = 0; v < verdicts.size() && v < MOST_SCENARIOS; v++) {
      Verdict verdict = verdicts.get(v);
      if (verdicts.size() > 1) {
        StringJoiner readings = new StringJoiner("; ", "If you read it so: ", "");
        verdict.scenario().readings().forEach((objective, reading) -> readings.add(q.objective(objective)
            .flatMap(o -> o.outcome().reading(reading)).map(r -> "*" + escape(r.intent()) + "*").orElse(objective + ": " + reading)));
        line(readings.toString());
        blank();
      }
      if (judgement.method() == Method.EXTENT_OF_AIMS) {
        aimsTable(judgement, verdict);
        continue;
      }
      StringJoiner head = new StringJoiner(" | ", "| Rank | Side | ", " | Total |");
      StringJoiner rule = new StringJoiner(" | ", "| ---: | --- | ", " | ---: |");
      for (Criterion c : verdict.criteria()) {
        head.add(escape(c.name()) + " ×" + CanonicalWriter.weight(c.weight()));
        rule.add("---:");
      }
      line(head.toString());
      line(rule.toString());
      for (Standing s : verdict.standings()) {
        StringJoiner row = new StringJoiner(" | ", "| " + s.rank() + " | **" + escape(judgement.name(s.actor())) + "** | ", " | **" + number(s.total()) + "** |");
        for (Criterion c : verdict.criteria()) {
          Score score = verdict.score(s.actor(), c.id());
          row.add(score.hasBasis() ? number(score.value()) : "–");
        }
        line(row.toString());
      }
      blank();
      if (verdict.scores().stream().anyMatch(x -> !x.hasBasis())) {
        line("*– nothing to score: that criterion is left out of the side's total.*");
        blank();
      }
      String ahead = verdict.isTie()
          ? "Tied for the lead: " + String.join(", ", verdict.leaders().stream().map(id -> "**" + escape(judgement.name(id)) + "**").toList())
          : "Ahead: **" + escape(judgement.name(verdict.leader())) + "**";
      line(ahead + " (" + verdict.label().word() + ": " + escape(verdict.labelReason()) + ")");
      blank();
    }
    if (verdicts.size() > MOST_SCENARIOS) {
      line("*And " + (verdicts.size() - MOST_SCENARIOS) + " more readings of the actors' intentions, not shown.*");
      blank();
    }
  }

  private void aimsTable(Judgement judgement, Verdict verdict) {
    line("| Side | Aims met | Extent | Carried by | Failed on |");
    line("| --- | ---: | --- | --- | --- |");
    for (AimsExtent a : verdict.aims()) {
      line("| **" + escape(judgement.name(a.actor())) + "** | " + a.share().map(EngineNotes::number).orElse("–") + " | "
          + a.extent().map(Extent::word).orElse("no clear aim") + " | " + RevisionNotes.cell(String.join(", ", a.achieved())) + " | "
          + RevisionNotes.cell(String.join(", ", a.failed())) + " |");
    }
    blank();
    line("*Largely from " + number(Extent.LARGELY_FROM) + " of the weight of its aims met, partly from " + number(Extent.PARTLY_FROM)
        + ", hardly below. The question asks how far, so no winner is named.*");
    blank();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
