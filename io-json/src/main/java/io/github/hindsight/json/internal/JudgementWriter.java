package io.github.hindsight.json.internal;

import io.github.hindsight.judgement.AimsExtent;
import io.github.hindsight.judgement.Extent;
import io.github.hindsight.judgement.InterpretationSupport;
import io.github.hindsight.judgement.StatementSupport;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.Score;
import io.github.hindsight.judgement.Sensitivity;
import io.github.hindsight.judgement.Standing;
import io.github.hindsight.judgement.TippingPoint;
import io.github.hindsight.judgement.TraceEntry;
import io.github.hindsight.judgement.Verdict;
import io.github.hindsight.model.Criterion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a judgement as the JSON report of {@code hindsight judge --format json}: an object whose
 * top-level fields name the kind of question and the method it is judged by; its verdict fields
 * ({@code ranking}, {@code leader}, {@code tiedLeaders}, {@code margin}, {@code label}, {@code aims},
 * {@code sensitivity}, {@code trace}) are those of the first scenario, the only one when every
 * reading is chosen; {@code scenarios} holds every scenario with the same fields. Members are
 * never left out: an absent date or tipping point is {@code null}.
 */
public final class JudgementWriter {
  private JudgementWriter() {}

  /**
   * Writes the whole report of a judgement.
   *
   * @param judgement the judgement
   * @param g where to write
   */
  public static void judgement(Judgement judgement, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("question", judgement.question());
    g.writeStringProperty("prompt", judgement.prompt());
    g.writeStringProperty("kind", judgement.kind().word());
    g.writeStringProperty("method", judgement.method().word());
    string(g, "methodNote", judgement.methodNote());
    string(g, "asOf", judgement.config().asOf().map(Object::toString));
    g.writeArrayPropertyStart("criteria");
    for (Criterion c : judgement.criteria()) {
      g.writeStartObject();
      g.writeStringProperty("id", c.id());
      g.writeStringProperty("name", c.name());
      g.writeStringProperty("measure", c.measure().word());
      g.writeNumberProperty("weight", c.weight());
      g.writeEndObject();
    }
    g.writeEndArray();
    verdictFields(judgement.verdict(), judgement, g);
    g.writeBooleanProperty("settled", judgement.isSettled());
    strings(g, "leaders", judgement.leaders());
    strings(g, "decisiveReadings", judgement.decisiveReadings());
    strings(g, "bestSupported", judgement.bestSupported());
    strings(g, "unknownEvidence", judgement.unknownEvidence());
    g.writeArrayPropertyStart("scenarios");
    for (Verdict v : judgement.verdicts()) {
      g.writeStartObject();
      verdictFields(v, judgement, g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("interpretations");
    for (InterpretationSupport i : judgement.interpretations()) {
      interpretation(i, g);
    }
    g.writeEndArray();
    g.writeName("statement");
    if (judgement.statement().isPresent()) {
      statement(judgement.statement().get(), g);
    } else {
      g.writeNull();
    }
    g.writeEndObject();
  }

  /**
   * Writes how far the evidence supports the question's own statement, through the stances of the
   * interpretations.
   *
   * @param s the support of the statement
   * @param g where to write
   */
  public static void statement(StatementSupport s, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("convincing", s.extent().word());
    g.writeNumberProperty("support", s.support());
    g.writeNumberProperty("for", s.forWeight());
    g.writeNumberProperty("against", s.againstWeight());
    strings(g, "agree", s.agree());
    strings(g, "partlyAgree", s.partlyAgree());
    strings(g, "disagree", s.disagree());
    strings(g, "forEvidence", s.forEvidence());
    strings(g, "againstEvidence", s.againstEvidence());
    g.writeEndObject();
  }

  /**
   * Writes one verdict as a scenario of the report. A verdict on its own does not know the
   * actors' names, so its ranking has no {@code name}.
   *
   * @param verdict the verdict
   * @param g where to write
   */
  public static void verdict(Verdict verdict, JsonGenerator g) {
    g.writeStartObject();
    verdictFields(verdict, null, g);
    g.writeEndObject();
  }

  /** The fields of one verdict: its scenario, ranking, label, sensitivity and trace. */
  private static void verdictFields(Verdict v, @Nullable Judgement judgement, JsonGenerator g) {
    g.writeObjectPropertyStart("readings");
    for (Map.Entry<String, String> e : v.scenario().readings().entrySet()) {
      g.writeStringProperty(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeStringProperty("scenario", v.scenario().describe());
    g.writeArrayPropertyStart("ranking");
    for (Standing st : v.standings()) {
      g.writeStartObject();
      g.writeStringProperty("actor", st.actor());
      if (judgement != null) {
        g.writeStringProperty("name", judgement.name(st.actor()));
      }
      g.writeNumberProperty("score", st.total());
      g.writeNumberProperty("rank", st.rank());
      g.writeObjectPropertyStart("criteria");
      for (Criterion c : v.criteria()) {
        Score score = v.score(st.actor(), c.id());
        g.writeObjectPropertyStart(c.id());
        g.writeName("score");
        if (score.hasBasis()) {
          g.writeNumber(score.value());
        } else {
          g.writeNull();
        }
        g.writeNumberProperty("weight", score.weight());
        g.writeNumberProperty("contribution", score.contribution());
        g.writeBooleanProperty("basis", score.hasBasis());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringProperty("leader", v.leader());
    // Every side of a tie, so that a tie is never read as one leader.
    strings(g, "tiedLeaders", v.isTie() ? v.leaders() : List.of());
    strings(g, "others", v.others());
    strings(g, "unscored", v.unscored());
    g.writeNumberProperty("margin", v.margin());
    g.writeStringProperty("label", v.label().word());
    g.writeStringProperty("labelReason", v.labelReason());
    g.writeArrayPropertyStart("aims");
    for (AimsExtent a : v.aims()) {
      aims(a, g);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("sensitivity");
    for (Sensitivity x : v.sensitivity()) {
      sensitivity(x, g);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("trace");
    for (TraceEntry e : v.trace()) {
      trace(e, g);
    }
    g.writeEndArray();
  }

  /**
   * Writes how far one actor met its aims: the share, the extent it earns, and the aims by what
   * became of them. An actor none of whose aims is clear has a {@code null} share and extent.
   *
   * @param a the extent of aims
   * @param g where to write
   */
  public static void aims(AimsExtent a, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("actor", a.actor());
    g.writeName("share");
    if (a.share().isPresent()) {
      g.writeNumber(a.share().get());
    } else {
      g.writeNull();
    }
    string(g, "extent", a.extent().map(Extent::word));
    strings(g, "achieved", a.achieved());
    strings(g, "partly", a.partly());
    strings(g, "failed", a.failed());
    strings(g, "unclear", a.unclear());
    g.writeEndObject();
  }

  /**
   * Writes the sensitivity of a verdict to one criterion's weight.
   *
   * @param x the sensitivity
   * @param g where to write
   */
  public static void sensitivity(Sensitivity x, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("criterion", x.criterion());
    g.writeNumberProperty("weight", x.weight());
    g.writeBooleanProperty("robust", x.isRobust());
    tipping(g, "below", x.below());
    tipping(g, "above", x.above());
    g.writeEndObject();
  }

  private static void tipping(JsonGenerator g, String name, Optional<TippingPoint> point) {
    g.writeName(name);
    if (point.isPresent()) {
      tippingPoint(point.get(), g);
    } else {
      g.writeNull();
    }
  }

  /**
   * Writes a tipping point: the weight at which another actor leads.
   *
   * @param t the tipping point
   * @param g where to write
   */
  public static void tippingPoint(TippingPoint t, JsonGenerator g) {
    g.writeStartObject();
    g.writeNumberProperty("weight", t.weight());
    g.writeStringProperty("newLeader", t.newLeader());
    g.writeEndObject();
  }

  /**
   * Writes one entry of a verdict's trace.
   *
   * @param e the entry
   * @param g where to write
   */
  public static void trace(TraceEntry e, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("actor", e.actor());
    g.writeStringProperty("criterion", e.criterion());
    g.writeStringProperty("kind", e.kind().word());
    g.writeStringProperty("subject", e.subject());
    g.writeBooleanProperty("counted", e.counted());
    g.writeNumberProperty("credit", e.credit());
    g.writeNumberProperty("weight", e.weight());
    g.writeNumberProperty("contribution", e.contribution());
    if (e.status().isPresent()) {
      g.writeStringProperty("status", e.status().get().word());
    }
    if (e.reading().isPresent()) {
      g.writeStringProperty("reading", e.reading().get());
    }
    if (e.effect().isPresent()) {
      g.writeStringProperty("effect", e.effect().get().word());
    }
    g.writeBooleanProperty("beforeEvidence", e.beforeEvidence());
    strings(g, "evidence", e.evidence());
    strings(g, "unknownEvidence", e.unknownEvidence());
    g.writeStringProperty("note", e.note());
    g.writeEndObject();
  }

  /**
   * Writes how far the evidence supports one interpretation.
   *
   * @param i the support
   * @param g where to write
   */
  public static void interpretation(InterpretationSupport i, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("interpretation", i.interpretation());
    g.writeStringProperty("name", i.name());
    string(g, "stance", i.stance().map(st -> st.word()));
    g.writeNumberProperty("support", i.support());
    g.writeNumberProperty("agreement", i.agreement());
    g.writeNumberProperty("supporting", i.supporting().size());
    g.writeNumberProperty("challenging", i.challenging().size());
    g.writeNumberProperty("notYetKnown", i.unknown().size());
    strings(g, "leavesOut", i.leavesOut());
    g.writeEndObject();
  }

  /** A text that may be absent, written as {@code null} then, so that the member is always there. */
  private static void string(JsonGenerator g, String name, Optional<String> value) {
    g.writeName(name);
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }

  /** Every list is written, an empty one too, so that a program need not test for it. */
  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeArrayPropertyStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
