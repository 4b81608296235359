package io.github.hindsight.cli;

import io.github.hindsight.judgement.InterpretationSupport;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.Score;
import io.github.hindsight.judgement.Sensitivity;
import io.github.hindsight.judgement.Standing;
import io.github.hindsight.judgement.TextReport;
import io.github.hindsight.judgement.TippingPoint;
import io.github.hindsight.judgement.TraceEntry;
import io.github.hindsight.judgement.Verdict;
import io.github.hindsight.model.Criterion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The three forms of {@code hindsight judge}'s report. */
final class JudgementReports {
  /** Holds the mapper, so that text and Markdown reports never load Jackson's data binding. */
  private static final class Mapper {
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  private JudgementReports() {}

  /** The engine's own report, followed by the trace of each scenario. */
  static String text(Judgement judgement) {
    StringBuilder sb = new StringBuilder(TextReport.render(judgement));
    int n = judgement.verdicts().size();
    for (int i = 0; i < n; i++) {
      Verdict v = judgement.verdicts().get(i);
      sb.append('\n').append("Trace").append(n > 1 ? " of scenario " + (i + 1) + " (" + v.scenario().describe() + ")" : "").append(":\n");
      for (TraceEntry e : v.trace()) {
        sb.append("  ").append(judgement.name(e.actor())).append(" / ").append(e.criterion()).append(" / ")
            .append(e.kind().word()).append(' ').append(e.subject()).append(": ");
        if (e.counted()) {
          sb.append("credit ").append(number(e.credit())).append(" x weight ").append(number(e.weight()));
        } else {
          sb.append("not counted");
        }
        if (!e.note().isEmpty()) {
          sb.append(" - ").append(e.note());
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * An object for programs. Its top-level verdict fields ({@code ranking}, {@code leader},
   * {@code margin}, {@code label}, {@code sensitivity}, {@code trace}) are those of the first
   * scenario, the only one when every reading is chosen; {@code scenarios} holds every scenario
   * with the same fields.
   */
  static String json(Judgement judgement) {
    ObjectNode root = Mapper.JSON.createObjectNode();
    root.put("question", judgement.question());
    root.put("prompt", judgement.prompt());
    if (judgement.config().asOf().isPresent()) {
      root.put("asOf", judgement.config().asOf().get().toString());
    } else {
      root.putNull("asOf");
    }
    ArrayNode criteria = root.putArray("criteria");
    for (Criterion c : judgement.criteria()) {
      criteria.addObject().put("id", c.id()).put("name", c.name()).put("measure", c.measure().word()).put("weight", c.weight());
    }
    verdict(root, judgement, judgement.verdict());
    root.put("settled", judgement.isSettled());
    ArrayNode leaders = root.putArray("leaders");
    judgement.leaders().forEach(leaders::add);
    ArrayNode decisive = root.putArray("decisiveReadings");
    judgement.decisiveReadings().forEach(decisive::add);
    ArrayNode unknown = root.putArray("unknownEvidence");
    judgement.unknownEvidence().forEach(unknown::add);
    ArrayNode scenarios = root.putArray("scenarios");
    judgement.verdicts().forEach(v -> verdict(scenarios.addObject(), judgement, v));
    ArrayNode interpretations = root.putArray("interpretations");
    for (InterpretationSupport i : judgement.interpretations()) {
      interpretations.addObject().put("interpretation", i.interpretation()).put("support", i.support()).put("agreement", i.agreement())
          .put("supporting", i.supporting().size()).put("challenging", i.challenging().size()).put("notYetKnown", i.unknown().size());
    }
    return Mapper.JSON.writeValueAsString(root);
  }

  /** The fields of one verdict: its scenario, ranking, label, sensitivity and trace. */
  private static void verdict(ObjectNode s, Judgement judgement, Verdict v) {
    ObjectNode readings = s.putObject("readings");
    v.scenario().readings().forEach(readings::put);
    s.put("scenario", v.scenario().describe());
    s.set("ranking", ranking(judgement, v));
    s.put("leader", v.leader());
    s.put("margin", v.margin());
    s.put("label", v.label().word());
    s.put("labelReason", v.labelReason());
    ArrayNode sensitivity = s.putArray("sensitivity");
    for (Sensitivity x : v.sensitivity()) {
      ObjectNode o = sensitivity.addObject().put("criterion", x.criterion()).put("weight", x.weight()).put("robust", x.isRobust());
      tipping(o, "below", x.below());
      tipping(o, "above", x.above());
    }
    ArrayNode trace = s.putArray("trace");
    for (TraceEntry e : v.trace()) {
      ObjectNode o = trace.addObject().put("actor", e.actor()).put("criterion", e.criterion()).put("kind", e.kind().word())
          .put("subject", e.subject()).put("counted", e.counted()).put("credit", e.credit()).put("weight", e.weight())
          .put("contribution", e.contribution());
      e.status().ifPresent(st -> o.put("status", st.word()));
      e.reading().ifPresent(r -> o.put("reading", r));
      e.effect().ifPresent(ef -> o.put("effect", ef.word()));
      o.put("beforeEvidence", e.beforeEvidence());
      ArrayNode ev = o.putArray("evidence");
      e.evidence().forEach(ev::add);
      ArrayNode un = o.putArray("unknownEvidence");
      e.unknownEvidence().forEach(un::add);
      o.put("note", e.note());
    }
  }

  private static ArrayNode ranking(Judgement judgement, Verdict v) {
    ArrayNode ranking = Mapper.JSON.createArrayNode();
    for (Standing st : v.standings()) {
      ObjectNode o = ranking.addObject().put("actor", st.actor()).put("name", judgement.name(st.actor()))
          .put("score", st.total()).put("rank", st.rank());
      ObjectNode scores = o.putObject("criteria");
      for (Criterion c : v.criteria()) {
        Score score = v.score(st.actor(), c.id());
        scores.putObject(c.id()).put("score", score.value()).put("weight", score.weight())
            .put("contribution", score.contribution()).put("basis", score.hasBasis());
      }
    }
    return ranking;
  }

  private static void tipping(ObjectNode o, String field, Optional<TippingPoint> point) {
    if (point.isPresent()) {
      o.putObject(field).put("weight", point.get().weight()).put("newLeader", point.get().newLeader());
    } else {
      o.putNull(field);
    }
  }

  /** A report to paste into notes: the result, a table per scenario, the sensitivity and the trace. */
  static String markdown(Judgement judgement) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(escape(judgement.prompt())).append("\n\n");
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
      sb.append("**").append(escape(judgement.name(v.leader()))).append("** comes out ahead; the result is *")
          .append(v.label().word()).append("*, since ").append(escape(v.labelReason())).append(".\n\n");
      sb.append("| Rank | Actor |");
      v.criteria().forEach(c -> sb.append(' ').append(escape(c.name())).append(" (×").append(number(c.weight())).append(") |"));
      sb.append(" Total |\n| ---: | --- |");
      v.criteria().forEach(c -> sb.append(" ---: |"));
      sb.append(" ---: |\n");
      for (Standing st : v.standings()) {
        sb.append("| ").append(st.rank()).append(" | ").append(escape(judgement.name(st.actor()))).append(" |");
        for (Criterion c : v.criteria()) {
          Score score = v.score(st.actor(), c.id());
          sb.append(' ').append(number(score.value())).append(score.hasBasis() ? "" : "\\*").append(" |");
        }
        sb.append(' ').append(number(st.total())).append(" |\n");
      }
      if (v.scores().stream().anyMatch(s -> !s.hasBasis())) {
        sb.append("\n\\* nothing counted, so the neutral score 0.5\n");
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
