package io.github.hindsight.markdown.internal;

import static io.github.hindsight.markdown.internal.MarkdownText.capitalised;
import static io.github.hindsight.markdown.internal.MarkdownText.escape;
import static io.github.hindsight.markdown.internal.MarkdownText.spaced;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Provenance;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Representative;
import io.github.hindsight.model.Reading;
import io.github.hindsight.model.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Renders revision notes: a one-way export for students that any Markdown renderer with tables
 * shows well. It names actors and evidence by their names and statements rather than ids, and
 * leaves out what only the authoring format needs.
 */
public final class RevisionNotes {
  private final StringBuilder out = new StringBuilder(8192);
  private final Question q;
  private final Judge judge;

  private RevisionNotes(Question q, Judge judge) {
    this.q = q;
    this.judge = judge;
  }

  /**
   * The notes for a question.
   *
   * @param question the question
   * @param judge the judge whose verdicts the notes show
   * @return the Markdown
   */
  public static String question(Question question, Judge judge) {
    RevisionNotes notes = new RevisionNotes(question, judge);
    notes.write();
    return notes.out.toString();
  }

  /**
   * The notes for a topic: its title and what it covers.
   *
   * @param topic the topic
   * @return the Markdown
   */
  public static String topic(Topic topic) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Topic: ").append(escape(topic.title())).append("\n\n");
    topic.course().ifPresent(c -> sb.append("- **Course:** ").append(escape(c)).append('\n'));
    topic.period().ifPresent(p -> sb.append("- **Period:** ").append(escape(p)).append('\n'));
    if (!topic.relatedQuestions().isEmpty()) {
      sb.append("- **Questions:** ").append(String.join(", ", topic.relatedQuestions())).append('\n');
    }
    return sb.toString();
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private void blank() {
    out.append('\n');
  }

  private String actorName(String id) {
    return q.actor(id).map(a -> escape(a.name())).orElse(id);
  }

  private String evidenceList(List<String> ids) {
    StringJoiner j = new StringJoiner("; ");
    for (String id : ids) {
      j.add(q.evidence(id).map(e -> escape(e.statement()) + e.date().map(d -> " (" + d + ")").orElse("")).orElse(id));
    }
    return j.toString();
  }

  static String cell(String markdown) {
    return markdown.isEmpty() ? " " : markdown;
  }

  private static String outcome(OutcomeStatus s) {
    return switch (s) {
      case ACHIEVED -> "**Achieved**";
      case PARTLY_ACHIEVED -> "**Partly achieved**";
      case NOT_ACHIEVED -> "**Not achieved**";
      case UNCLEAR -> "Unclear";
      case DEPENDS_ON_READING -> "Depends on the reading";
    };
  }

  private static String effect(Effect e) {
    return switch (e) {
      case POSITIVE -> "good";
      case NEGATIVE -> "bad";
      case MIXED -> "mixed";
      case NEUTRAL -> "neutral";
    };
  }

  private void write() {
    line("# Revision notes: " + escape(q.prompt()));
    blank();
    q.exam().ifPresent(exam -> {
      StringJoiner j = new StringJoiner(" · ");
      exam.board().ifPresent(b -> j.add(escape(b)));
      exam.paper().ifPresent(b -> j.add(escape(b)));
      exam.commandWord().ifPresent(b -> j.add("command word: *" + escape(b) + "*"));
      exam.marks().ifPresent(m -> j.add(m + " marks"));
      if (!exam.assessmentObjectives().isEmpty()) {
        j.add(escape(String.join(", ", exam.assessmentObjectives())));
      }
      if (j.length() > 0) {
        line("*" + j + "*");
        blank();
      }
    });
    if (!q.guidance().isEmpty()) {
      line("> **How to answer**");
      line(">");
      q.guidance().forEach(g -> line("> - " + escape(g)));
      blank();
    }
    sides();
    for (Actor a : q.actors()) {
      aims(a.id(), a.name(), q.objectives().stream().filter(o -> o.actors().size() == 1 && o.actors().get(0).equals(a.id())).toList());
    }
    List<Objective> shared = q.objectives().stream().filter(Objective::isShared).toList();
    if (!shared.isEmpty()) {
      aims(null, "Shared aims", shared);
    }
    timeline();
    known();
    perceptions();
    interpretations();
    judgement();
  }

  private void sides() {
    if (q.actors().isEmpty()) {
      return;
    }
    line("## The sides");
    blank();
    line("| Side | Kind | Led or spoken for by |");
    line("| --- | --- | --- |");
    for (Actor a : q.actors()) {
      line("| **" + escape(a.name()) + "** | " + a.kind().word() + " | " + cell(escape(String.join(", ", a.representatives().stream().map(Representative::name).toList()))) + " |");
    }
    blank();
  }

  private void aims(String actorId, String title, List<Objective> objectives) {
    if (objectives.isEmpty()) {
      return;
    }
    line("## " + (actorId == null ? escape(title) : escape(title) + ": aims and outcomes"));
    blank();
    boolean shared = actorId == null;
    line(shared ? "| Aim | Held by | Importance | When | Outcome | Why |" : "| Aim | Importance | When | Outcome | Why |");
    line(shared ? "| --- | --- | --- | --- | --- | --- |" : "| --- | --- | --- | --- | --- |");
    List<Objective> withReadings = new ArrayList<>();
    for (Objective o : objectives) {
      String holders = String.join(", ", o.actors().stream().map(this::actorName).toList());
      String status = outcome(o.outcome().status());
      if (o.outcome().statusBeforeEvidence().isPresent()) {
        status += "<br>(looked " + spaced(o.outcome().statusBeforeEvidence().get().word()) + " before the evidence came out)";
      }
      line("| " + escape(o.statement()) + (o.basis().word().equals("inferred") ? " *(inferred)*" : "") + " | " + (shared ? holders + " | " : "")
          + o.importance().word() + " | " + spaced(o.horizon().word()) + " | " + status + " | " + cell(escape(o.outcome().rationale())) + " |");
      if (!o.outcome().readings().isEmpty()) {
        withReadings.add(o);
      }
    }
    blank();
    for (Objective o : withReadings) {
      line("**It depends on the reading:** " + escape(o.statement()));
      blank();
      for (Reading r : o.outcome().readings()) {
        line("- *If* " + escape(r.intent()) + " → " + outcome(r.status()) + (r.rationale().isEmpty() ? "" : ": " + escape(r.rationale())));
      }
      blank();
    }
  }

  private static Comparator<Optional<HistoricalDate>> byDate() {
    return (a, b) -> a.isPresent() && b.isPresent() ? a.get().compareTo(b.get()) : Boolean.compare(a.isEmpty(), b.isEmpty());
  }

  private void timeline() {
    if (q.consequences().isEmpty()) {
      return;
    }
    line("## Timeline of consequences");
    blank();
    line("| When | What followed | Good for | Bad for | Mixed or neutral for |");
    line("| --- | --- | --- | --- | --- |");
    List<Consequence> sorted = new ArrayList<>(q.consequences());
    sorted.sort(Comparator.comparing(Consequence::date, byDate()));
    for (Consequence c : sorted) {
      String when = c.date().map(HistoricalDate::toString).orElse("undated") + " (" + spaced(c.horizon().word()) + ")";
      String what = escape(c.statement()) + (c.balanceOfPower() ? " *(shifted the balance of power)*" : "");
      line("| " + when + " | " + what + " | " + effects(c, Effect.POSITIVE) + " | " + effects(c, Effect.NEGATIVE) + " | "
          + cell(joinEffects(c.effects().stream().filter(e -> e.effect() == Effect.MIXED || e.effect() == Effect.NEUTRAL).toList())) + " |");
    }
    blank();
  }

  private String effects(Consequence c, Effect effect) {
    return cell(joinEffects(c.effects().stream().filter(e -> e.effect() == effect).toList()));
  }

  private String joinEffects(List<ActorEffect> effects) {
    StringJoiner j = new StringJoiner("<br>");
    for (ActorEffect e : effects) {
      String note = e.note().isEmpty() ? "" : ": " + escape(e.note());
      j.add("**" + actorName(e.actor()) + "**" + (e.effect() == Effect.MIXED || e.effect() == Effect.NEUTRAL ? " (" + effect(e.effect()) + ")" : "") + note);
    }
    return j.toString();
  }

  private void known() {
    if (q.evidence().isEmpty()) {
      return;
    }
    line("## The evidence, and when it was known");
    blank();
    line("| Date | Evidence | Publicly known from | Source |");
    line("| --- | --- | --- | --- |");
    List<Evidence> sorted = new ArrayList<>(q.evidence());
    sorted.sort(Comparator.comparing(Evidence::date, byDate()));
    for (Evidence e : sorted) {
      String source = e.source().flatMap(id -> q.sources().stream().filter(s -> s.id().equals(id)).findFirst())
          .map(s -> "*" + escape(s.title()) + "*" + s.author().map(a -> ", " + escape(a)).orElse("")).orElse(e.source().orElse(""));
      String knownFrom = e.knownFrom().map(d -> "**" + d + "** (later)").orElse("at the time");
      line("| " + e.date().map(HistoricalDate::toString).orElse(" ") + " | " + escape(e.statement()) + " | " + knownFrom + " | " + cell(source) + " |");
    }
    blank();
  }

  private void perceptions() {
    if (q.perceptions().isEmpty()) {
      return;
    }
    line("## How the sides were seen");
    blank();
    for (Perception p : q.perceptions()) {
      line("- **" + actorName(p.actor()) + "**, in the eyes of " + escape(p.heldBy()) + " (" + spaced(p.period().word())
          + p.date().map(d -> ", " + d).orElse("") + ", " + effect(p.view()) + "): " + escape(p.statement()));
    }
    blank();
  }

  private void interpretations() {
    List<Interpretation> in = q.interpretations();
    if (in.isEmpty()) {
      return;
    }
    line("## Interpretations side by side");
    blank();
    StringJoiner head = new StringJoiner(" | ", "| | ", " |");
    StringJoiner rule = new StringJoiner(" | ", "| --- | ", " |");
    for (Interpretation i : in) {
      head.add(label(i));
      rule.add("---");
    }
    line(head.toString());
    line(rule.toString());
    row("**Claim**", in, i -> escape(i.claim()));
    row("**Favours**", in, i -> String.join(", ", i.favours().stream().map(this::actorName).toList()));
    if (in.stream().anyMatch(i -> i.stance().isPresent())) {
      row("**On the statement**", in, i -> i.stance().map(st -> st.word().replace('-', ' ')).orElse("no stance"));
    }
    row("**Historian**", in, i -> i.provenance().author().map(MarkdownText::escape).orElse(""));
    row("**Work**", in, i -> i.provenance().work().map(w -> "*" + escape(w) + "*").orElse("") + i.provenance().date().map(d -> " (" + d + ")").orElse(""));
    row("**School**", in, i -> i.provenance().school().map(MarkdownText::escape).orElse(""));
    row("**Nature, origin, purpose**", in, i -> nop(i.provenance()));
    row("**Supported by**", in, i -> evidenceList(i.supportingEvidence()));
    row("**Challenged by**", in, i -> evidenceList(i.challengingEvidence()));
    blank();
  }

  private String label(Interpretation i) {
    Optional<String> examLabel = q.exam().flatMap(e -> e.interpretations().stream().filter(l -> l.interpretation().equals(i.id())).findFirst())
        .map(l -> "Interpretation " + escape(l.label()));
    String who = i.provenance().author().or(() -> i.provenance().school().map(MarkdownText::capitalised)).map(MarkdownText::escape).orElse(capitalised(i.id()));
    return examLabel.map(l -> l + ": " + who).orElse(who);
  }

  private static String nop(Provenance p) {
    StringJoiner j = new StringJoiner("<br>");
    p.nature().ifPresent(v -> j.add("*Nature:* " + escape(v)));
    p.origin().ifPresent(v -> j.add("*Origin:* " + escape(v)));
    p.purpose().ifPresent(v -> j.add("*Purpose:* " + escape(v)));
    return j.toString();
  }

  private void row(String name, List<Interpretation> in, Function<Interpretation, String> value) {
    StringJoiner j = new StringJoiner(" | ", "| " + name + " | ", " |");
    in.forEach(i -> j.add(cell(value.apply(i))));
    line(j.toString());
  }

  private void judgement() {
    line("## Judgement");
    blank();
    line("Weigh the evidence above against each criterion, then decide. A heavier weight counts for more.");
    blank();
    List<Criterion> criteria = q.criteria();
    if (criteria.isEmpty()) {
      line("This question sets no criteria of its own, so judge by the usual ones: aims achieved, consequences, perception at the time, shared aims and the balance of power.");
      blank();
    } else {
      line("| Criterion | Weight | Ask yourself |");
      line("| --- | ---: | --- |");
      for (Criterion c : criteria) {
        line("| **" + escape(c.name()) + "** | " + CanonicalWriter.weight(c.weight()) + " | " + cell(escape(c.description().isEmpty() ? prompt(c.measure()) : c.description())) + " |");
      }
      blank();
    }
    new EngineNotes(out, q, judge).write();
    if (!q.actors().isEmpty() && !q.objectives().isEmpty()) {
      line("### Aims at a glance");
      blank();
      line("| Side | Achieved | Partly | Not achieved | Unclear or depends |");
      line("| --- | ---: | ---: | ---: | ---: |");
      for (Actor a : q.actors()) {
        List<Objective> os = q.objectivesOf(a.id());
        line("| **" + escape(a.name()) + "** | " + count(os, OutcomeStatus.ACHIEVED) + " | " + count(os, OutcomeStatus.PARTLY_ACHIEVED) + " | "
            + count(os, OutcomeStatus.NOT_ACHIEVED) + " | " + (count(os, OutcomeStatus.UNCLEAR) + count(os, OutcomeStatus.DEPENDS_ON_READING)) + " |");
      }
      blank();
    }
    q.exam().ifPresent(exam -> {
      if (!exam.indicativeContent().isEmpty()) {
        line("### Points a good answer may make");
        blank();
        exam.indicativeContent().forEach(c -> line("- " + escape(c)));
        blank();
      }
      if (!exam.levels().isEmpty()) {
        line("### Mark scheme");
        blank();
        line("| Level | Marks | What it takes |");
        line("| ---: | --- | --- |");
        exam.levels().forEach(l -> line("| " + l.level() + " | " + l.minMarks() + "–" + l.maxMarks() + " | " + escape(l.descriptor()) + " |"));
        blank();
      }
    });
    out.setLength(out.length() - 1);
  }

  private static long count(List<Objective> os, OutcomeStatus s) {
    return os.stream().filter(o -> o.outcome().status() == s).count();
  }

  private static String prompt(Measure m) {
    return switch (m) {
      case OBJECTIVES_ACHIEVED -> "How far did each side get what it set out to get?";
      case CONSEQUENCES -> "Was what followed good or bad for each side?";
      case PERCEPTION -> "How was each side seen at the time?";
      case SHARED_OBJECTIVES -> "How far were the aims the sides shared met?";
      case BALANCE_OF_POWER -> "Did the balance of power move, or seem to?";
      case CUSTOM -> "Apply this criterion as your teacher sets it.";
    };
  }
}
