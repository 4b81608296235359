package io.github.hindsight.cli;

import io.github.hindsight.json.HindsightJacksonModule;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.Score;
import io.github.hindsight.judgement.Sensitivity;
import io.github.hindsight.judgement.Standing;
import io.github.hindsight.judgement.TextReport;
import io.github.hindsight.judgement.TraceEntry;
import io.github.hindsight.judgement.Verdict;
import io.github.hindsight.model.Criterion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/** The three forms of {@code hindsight judge}'s report. */
final class JudgementReports {
  /** Holds the mapper, so that text and Markdown reports never load Jackson's data binding. */
  private static final class Mapper {
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
        .addModule(new HindsightJacksonModule()).build();
  }

  private JudgementReports() {}

  /**
   * An object for programs, as the Jackson module writes a judgement: its top-level verdict
   * fields are those of the first scenario, and {@code scenarios} holds every scenario.
   */
  static String json(Judgement judgement, boolean trace) {
    if (trace) {
      return Mapper.JSON.writeValueAsString(judgement);
    }
    // The same object without the traces, as the text report leaves them to --trace.
    ObjectNode root = (ObjectNode) Mapper.JSON.valueToTree(judgement);
    root.remove("trace");
    root.get("scenarios").forEach(s -> ((ObjectNode) s).remove("trace"));
    return Mapper.JSON.writeValueAsString(root);
  }

  /**
   * A report to paste into notes, in the order of the text report: the answer first, as the text
   * report gives it, then, with the trace, a table per scenario, the sensitivity and the trace.
   */
  static String markdown(Judgement judgement, boolean trace) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(escape(judgement.prompt())).append("\n\n");
    sb.append("## Answer\n\n```text\n").append(TextReport.render(judgement).replace("```", "` ` `")).append("```\n\n");
    if (!trace) {
      return sb.toString();
    }
    sb.append(judgement.config().asOf().map(d -> "Judged as of " + d + ": only what had happened and was known by then counts.")
        .orElse("Judged with hindsight: everything now known counts.")).append("\n\n");
    int n = judgement.verdicts().size();
    for (int i = 0; i < n; i++) {
      Verdict v = judgement.verdicts().get(i);
      if (n > 1) {
        sb.append("## Scenario ").append(i + 1).append(": ").append(escape(v.scenario().describe())).append("\n\n");
      } else {
        sb.append("## Verdict\n\n");
      }
      sb.append(v.isTie() ? "**" + escape(v.leaders().stream().map(judgement::name).collect(Collectors.joining(", "))) + "** tie for the lead"
          : "**" + escape(judgement.name(v.leader())) + "** comes out ahead").append("; the result is *")
          .append(v.label().word()).append("*, as ").append(escape(v.labelReason())).append(".\n\n");
      sb.append("| Rank | Actor |");
      v.criteria().forEach(c -> sb.append(' ').append(escape(c.name())).append(" (×").append(number(c.weight())).append(") |"));
      sb.append(" Total |\n| ---: | --- |");
      v.criteria().forEach(c -> sb.append(" ---: |"));
      sb.append(" ---: |\n");
      for (Standing st : v.standings()) {
        sb.append("| ").append(st.rank()).append(" | ").append(escape(judgement.name(st.actor()))).append(" |");
        for (Criterion c : v.criteria()) {
          Score score = v.score(st.actor(), c.id());
          sb.append(' ').append(score.hasBasis() ? number(score.value()) : "-").append(" |");
        }
        sb.append(' ').append(number(st.total())).append(" |\n");
      }
      if (v.scores().stream().anyMatch(s -> !s.hasBasis())) {
        sb.append("\n\\- nothing to score: the criterion is left out of that side's total, its weight spread over the rest\n");
      }
      sb.append("\n### Sensitivity\n\n");
      for (Sensitivity x : v.sensitivity()) {
        sb.append("- `").append(x.criterion()).append("` (weight ").append(number(x.weight())).append("): ");
        if (x.isRobust()) {
          sb.append("robust, no weight changes the leader");
        } else {
          sb.append(x.below().map(t -> "below " + number(t.weight()) + " " + judgement.name(t.newLeader()) + " leads").orElse(""));
          sb.append(x.below().isPresent() && x.above().isPresent() ? "; " : "");
          sb.append(x.above().map(t -> "above " + number(t.weight()) + " " + judgement.name(t.newLeader()) + " leads").orElse(""));
        }
        sb.append('\n');
      }
      sb.append("\n### Trace\n\n| Actor | Criterion | Item | Credit | Weight | Note |\n| --- | --- | --- | ---: | ---: | --- |\n");
      for (TraceEntry e : v.trace()) {
        sb.append("| ").append(escape(judgement.name(e.actor()))).append(" | ").append(e.criterion()).append(" | ")
            .append(e.kind().word()).append(" `").append(e.subject()).append("` | ")
            .append(e.counted() ? number(e.credit()) : "not counted").append(" | ").append(number(e.weight())).append(" | ")
            .append(escape(e.note())).append(" |\n");
      }
      sb.append('\n');
    }
    if (n > 1) {
      sb.append(judgement.isSettled()
          ? "In every scenario " + escape(judgement.name(judgement.leaders().get(0))) + " comes out ahead.\n"
          : "The leader depends on the readings: " + judgement.leaders().stream().map(judgement::name).map(JudgementReports::escape)
              .collect(Collectors.joining(" or ")) + ".\n");
    }
    return sb.toString();
  }

  /** Two decimals, as the engine's text report shows them. */
  static String number(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static String escape(String text) {
    // Only what would break a table row; the rest of the text is meant to read as Markdown.
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
