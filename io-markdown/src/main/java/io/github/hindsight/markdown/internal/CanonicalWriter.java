package io.github.hindsight.markdown.internal;

import static io.github.hindsight.markdown.internal.MarkdownText.capitalised;
import static io.github.hindsight.markdown.internal.MarkdownText.appendEscaped;
import static io.github.hindsight.markdown.internal.MarkdownText.escape;
import static io.github.hindsight.markdown.internal.MarkdownText.spaced;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.ExamMetadata;
import io.github.hindsight.model.Extra;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Horizon;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.Basis;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.LabelledInterpretation;
import io.github.hindsight.model.LevelDescriptor;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.ModelPath;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Period;
import io.github.hindsight.model.Provenance;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import io.github.hindsight.model.Representative;
import io.github.hindsight.model.Source;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Writes the authoring format. The output depends only on the model, so writing twice gives the
 * same bytes, and it is what {@link DocumentReader} reads back into an equal model.
 */
public final class CanonicalWriter {
  private static final ModelPath EXAM = ModelPath.of("exam");
  private final StringBuilder out = new StringBuilder(8192);
  private List<Extra> extras = List.of();
  private List<Extra> allExtras = List.of();
  private final List<Extra> written = new ArrayList<>();
  /** For each line written, the model path of the value it was written for, so that a refusal can name it. */
  private final List<ModelPath> linePaths = new ArrayList<>();
  private ModelPath path = ModelPath.root();

  private CanonicalWriter() {}

  /**
   * The document for a question.
   *
   * @param question the question
   * @return the Markdown
   * @throws FormatException if the question has extras that another format kept, or if the reader would refuse the document
   */
  public static String question(Question question) {
    refuseForeignExtras(question);
    CanonicalWriter w = written(question);
    // One copy of the document, which the check reads and the caller gets.
    String text = w.out.toString();
    WriterLimits.refuseWhatTheReaderRefuses(text, w.linePaths, question.id());
    return text;
  }

  /**
   * The document for a question, without the check of the reader's limits; for tests.
   *
   * @param question the question
   * @return the Markdown
   */
  static String unchecked(Question question) {
    return written(question).out.toString();
  }

  private static CanonicalWriter written(Question question) {
    CanonicalWriter w = new CanonicalWriter();
    w.allExtras = question.extras();
    w.extras = new ArrayList<>(question.extras());
    w.writeQuestion(question);
    return w;
  }

  /**
   * The extras of a question in the order this writer puts them back in the document, which is
   * the order a reader finds them in when it reads the document again.
   *
   * @param question the question
   * @return its extras, reordered
   */
  static List<Extra> extrasInWrittenOrder(Question question) {
    return written(question).written;
  }

  /**
   * The document for a topic.
   *
   * @param topic the topic
   * @return the Markdown
   * @throws FormatException if the reader would refuse the document
   */
  public static String topic(Topic topic) {
    CanonicalWriter w = new CanonicalWriter();
    w.writeTopic(topic);
    WriterLimits.refuseWhatTheReaderRefuses(w.out, w.linePaths, topic.id());
    return w.out.toString();
  }

  private static void refuseForeignExtras(Question q) {
    List<FormatProblem> problems = new ArrayList<>();
    for (int i = 0; i < q.extras().size(); i++) {
      Extra e = q.extras().get(i);
      if (!e.format().equals(MarkdownIds.MARKDOWN)) {
        problems.add(FormatProblem.of(Location.atPointer(q.id(), "/extras/" + i),
            "the question keeps content that the '" + e.format() + "' format read leniently ('" + e.name() + "' at "
                + e.location() + "); Markdown cannot hold it, so write the question in '" + e.format() + "' or remove its extras"));
      }
    }
    if (!problems.isEmpty()) {
      throw new FormatException(problems);
    }
  }

  private void line(String s) {
    out.append(s).append('\n');
    linePaths.add(path);
    for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
      linePaths.add(path);
    }
  }

  /**
   * Ends a line appended straight to the document, at the current path. The hot lines are built
   * this way, without a string of their own, so that each text is copied once, escaped as it goes
   * in. One path is enough for such a line: it is made of labels, ids, dates and model text, and
   * the model refuses a line break in any of them.
   */
  private void end() {
    out.append('\n');
    linePaths.add(path);
  }

  private void blank() {
    end();
  }

  /** Writes a line for the value at {@code at}. */
  private void line(ModelPath at, String s) {
    ModelPath outer = path;
    path = at;
    line(s);
    path = outer;
  }

  /** Writes an extra's line, at the extra's own path. */
  private void extraLine(Extra e, String s) {
    line(ModelPath.of("extras").index(allExtras.indexOf(e)), s);
  }

  // Front matter ------------------------------------------------------------------------------

  private void writeQuestion(Question q) {
    line("---");
    line(ModelPath.of("id"), "id: " + Yaml.scalar(q.id(), false));
    line(ModelPath.of("kind"), "kind: " + q.kind().word());
    q.kindLabel().ifPresent(l -> line(ModelPath.of("kindLabel"), "kind-label: " + Yaml.scalar(l, false)));
    q.topic().ifPresent(t -> line(ModelPath.of("topic"), "topic: " + Yaml.scalar(t, false)));
    if (!q.tags().isEmpty()) {
      StringJoiner tags = new StringJoiner(", ", "[", "]");
      q.tags().forEach(t -> tags.add(Yaml.scalar(t, true)));
      // All tags share a line; the longest is the one to name when the line is too long.
      int longest = 0;
      for (int i = 1; i < q.tags().size(); i++) {
        longest = q.tags().get(i).length() > q.tags().get(longest).length() ? i : longest;
      }
      line(ModelPath.of("tags").index(longest), "tags: " + tags);
    }
    path = ModelPath.of("exam");
    q.exam().ifPresent(this::exam);
    path = ModelPath.root();
    for (Extra e : take(MarkdownIds.FRONT_MATTER)) {
      extraLine(e, e.content());
    }
    line("---");
    blank();
    ModelPath outer = path;
    path = ModelPath.of("prompt");
    appendEscaped(out.append("# "), q.prompt());
    end();
    path = outer;
    blank();
    extrasAfter(MarkdownIds.TITLE);

    section(Sections.GUIDANCE, !q.guidance().isEmpty(), () -> each("guidance", q.guidance(), g -> {
      appendEscaped(out.append("- "), g);
      end();
    }));
    section(Sections.ACTORS, !q.actors().isEmpty(), () -> each("actors", q.actors(), this::actor));
    section(Sections.OBJECTIVES, !q.objectives().isEmpty(), () -> objectives(q));
    section(Sections.CONSEQUENCES, !q.consequences().isEmpty(), () -> items("consequences", q.consequences(), this::consequence));
    section(Sections.EVIDENCE, !q.evidence().isEmpty(), () -> items("evidence", q.evidence(), this::evidence));
    section(Sections.PERCEPTIONS, !q.perceptions().isEmpty(), () -> items("perceptions", q.perceptions(), this::perception));
    section(Sections.SOURCES, !q.sources().isEmpty(), () -> items("sources", q.sources(), this::source));
    section(Sections.INTERPRETATIONS, !q.interpretations().isEmpty(), () -> each("interpretations", q.interpretations(), this::interpretation));
    section(Sections.CRITERIA, !q.criteria().isEmpty(), () -> criteria(q.criteria()));
    // Extras whose anchor no longer exists (the question changed since it was read) still get written.
    for (Extra e : new ArrayList<>(extras)) {
      for (Extra left : take(e.location())) {
        extraLine(left, left.content());
        blank();
      }
    }
    trimTrailingBlankLines();
  }

  private void trimTrailingBlankLines() {
    while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
      out.setLength(out.length() - 1);
    }
  }

  private void exam(ExamMetadata exam) {
    boolean empty = exam.board().isEmpty() && exam.paper().isEmpty() && exam.commandWord().isEmpty() && exam.marks().isEmpty()
        && exam.assessmentObjectives().isEmpty() && exam.interpretations().isEmpty() && exam.levels().isEmpty() && exam.indicativeContent().isEmpty();
    if (empty) {
      line("exam: {}");
      return;
    }
    line("exam:");
    exam.board().ifPresent(b -> line(EXAM.field("board"), "  board: " + Yaml.scalar(b, false)));
    exam.paper().ifPresent(b -> line(EXAM.field("paper"), "  paper: " + Yaml.scalar(b, false)));
    exam.commandWord().ifPresent(b -> line(EXAM.field("commandWord"), "  command-word: " + Yaml.scalar(b, false)));
    exam.marks().ifPresent(m -> line("  marks: " + m));
    if (!exam.assessmentObjectives().isEmpty()) {
      line("  assessment-objectives:");
      listed(EXAM.field("assessmentObjectives"), exam.assessmentObjectives(), "    - ");
    }
    if (!exam.interpretations().isEmpty()) {
      line("  interpretations:");
      for (int i = 0; i < exam.interpretations().size(); i++) {
        LabelledInterpretation li = exam.interpretations().get(i);
        line(EXAM.field("interpretations").index(i), "    " + Yaml.scalar(li.label(), false) + ": " + Yaml.scalar(li.interpretation(), false));
      }
    }
    if (!exam.levels().isEmpty()) {
      line("  levels:");
      for (int i = 0; i < exam.levels().size(); i++) {
        LevelDescriptor l = exam.levels().get(i);
        line("    - level: " + l.level());
        line("      marks: " + l.minMarks() + "-" + l.maxMarks());
        line(EXAM.field("levels").index(i).field("descriptor"), "      descriptor: " + Yaml.scalar(l.descriptor(), false));
      }
    }
    if (!exam.indicativeContent().isEmpty()) {
      line("  indicative-content:");
      listed(EXAM.field("indicativeContent"), exam.indicativeContent(), "    - ");
    }
  }

  /** A YAML list, one value a line, each at its index under {@code at}. */
  private void listed(ModelPath at, List<String> values, String prefix) {
    for (int i = 0; i < values.size(); i++) {
      line(at.index(i), prefix + Yaml.scalar(values.get(i), false));
    }
  }

  private void writeTopic(Topic t) {
    line("---");
    line("type: topic");
    line(ModelPath.of("id"), "id: " + Yaml.scalar(t.id(), false));
    t.period().ifPresent(p -> line(ModelPath.of("period"), "period: " + Yaml.scalar(p, false)));
    t.course().ifPresent(p -> line(ModelPath.of("course"), "course: " + Yaml.scalar(p, false)));
    if (!t.relatedTopics().isEmpty()) {
      line("related-topics:");
      listed(ModelPath.of("relatedTopics"), t.relatedTopics(), "  - ");
    }
    if (!t.relatedQuestions().isEmpty()) {
      line("related-questions:");
      listed(ModelPath.of("relatedQuestions"), t.relatedQuestions(), "  - ");
    }
    line("---");
    blank();
    line(ModelPath.of("title"), "# " + escape(t.title()));
  }

  // Sections ----------------------------------------------------------------------------------

  private void section(String name, boolean hasContent, Runnable body) {
    boolean anchored = extras.stream().anyMatch(e -> e.location().equals(MarkdownIds.AFTER + name));
    if (!hasContent && !anchored) {
      return;
    }
    line("## " + name);
    blank();
    // Text kept from anywhere in the section goes first: after the section's last list it would
    // become part of that list, and read back as something else.
    for (Extra e : take(MarkdownIds.AFTER + name, e -> !MarkdownBody.isSection(e.content()))) {
      extraLine(e, e.content());
      blank();
    }
    body.run();
    if (out.charAt(out.length() - 2) != '\n') {
      blank();
    }
    extrasAfter(name);
  }

  private List<Extra> take(String location) {
    return take(location, e -> true);
  }

  private List<Extra> take(String location, Predicate<Extra> which) {
    List<Extra> taken = new ArrayList<>();
    extras.removeIf(e -> {
      if (e.location().equals(location) && which.test(e)) {
        taken.add(e);
        return true;
      }
      return false;
    });
    written.addAll(taken);
    return taken;
  }

  private void extrasAfter(String name) {
    for (Extra e : take(MarkdownIds.AFTER + name)) {
      extraLine(e, e.content());
      blank();
      // An unknown section may itself be the anchor of what followed it.
      if (MarkdownBody.isSection(e.content())) {
        extrasAfter(e.name());
      }
    }
  }

  /** Writes each value, with the lines of each at its path under {@code name}. */
  private <T> void each(String name, List<T> values, Consumer<T> write) {
    ModelPath outer = path;
    for (int i = 0; i < values.size(); i++) {
      path = ModelPath.of(name).index(i);
      write.accept(values.get(i));
    }
    path = outer;
  }

  private <T> void items(String name, List<T> items, Consumer<T> item) {
    boolean[] first = {true};
    each(name, items, t -> {
      if (!first[0]) {
        blank();
      }
      first[0] = false;
      item.accept(t);
    });
  }

  private void itemExtras(String section, String id, String indent) {
    for (Extra e : take(MarkdownIds.ITEM + section + "/" + id)) {
      for (String l : e.content().split("\n", -1)) {
        extraLine(e, l.isEmpty() ? "" : indent + l);
      }
    }
  }

  /** Appends an item's attributes after a space: its id, and each pair whose value is not null. */
  private void attrs(String id, String... pairs) {
    out.append(" `{#").append(id);
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        out.append(' ').append(pairs[i]).append('=').append(pairs[i + 1]);
      }
    }
    out.append("}`");
  }

  /**
   * A code span that CommonMark reads back as exactly {@code text}, whatever backticks it holds.
   *
   * @param text text without space at either end
   * @return the code span
   */
  static String code(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + text + pad + fence;
  }

  /** Appends an item's opening text, after its date in bold when it has one. */
  private void dated(Optional<HistoricalDate> date, String text) {
    if (date.isPresent()) {
      out.append("**").append(date.get()).append("** — ");
    }
    appendEscaped(out, text);
  }

  /** Starts a field's line; the caller appends its value and ends the line. */
  private StringBuilder fieldLabel(String indent, String label) {
    return out.append(indent).append("- **").append(label).append(":** ");
  }

  private void field(String indent, String label, String markdown) {
    fieldLabel(indent, label).append(markdown);
    end();
  }

  private void escapedField(String indent, String label, String text) {
    appendEscaped(fieldLabel(indent, label), text);
    end();
  }

  private void codeField(String indent, String label, String id) {
    fieldLabel(indent, label).append('`').append(id).append('`');
    end();
  }

  private void refsField(String indent, String label, List<String> ids) {
    if (!ids.isEmpty()) {
      fieldLabel(indent, label);
      for (int i = 0; i < ids.size(); i++) {
        out.append(i == 0 ? "`" : ", `").append(ids.get(i)).append('`');
      }
      end();
    }
  }

  private void actor(Actor a) {
    appendEscaped(out.append("### "), a.name()).append(" `").append(a.id()).append('`');
    end();
    blank();
    field("", "Kind", a.kind().word());
    field("", "Role", a.role().word());
    refsField("", "Members", a.members());
    for (Representative r : a.representatives()) {
      escapedField("", "Represented by", r.name());
      r.from().ifPresent(d -> field("  ", "From", d.toString()));
      r.until().ifPresent(d -> field("  ", "Until", d.toString()));
    }
    ModelPath actor = path;
    a.identifiers().forEach((scheme, value) -> line(actor.field("identifiers").field(scheme), "- **Identifier:** " + code(scheme) + " " + escape(value)));
    itemExtras("actors", a.id(), "");
    blank();
  }

  private void objectives(Question q) {
    List<String> group = null;
    for (int i = 0; i < q.objectives().size(); i++) {
      Objective o = q.objectives().get(i);
      path = ModelPath.of("objectives").index(i);
      if (!o.actors().equals(group)) {
        if (group != null) {
          blank();
        }
        group = o.actors();
        StringJoiner heading = new StringJoiner(" and ", "### ", "");
        for (String id : group) {
          heading.add(q.actor(id).map(a -> escape(a.name()) + " ").orElse("") + "`" + id + "`");
        }
        line(heading.toString());
        blank();
      } else {
        blank();
      }
      objective(o);
    }
    path = ModelPath.root();
  }

  private void objective(Objective o) {
    Outcome outcome = o.outcome();
    appendEscaped(out.append("- **").append(capitalised(outcome.status().word())).append("** — "), o.statement());
    attrs(o.id(),
        "horizon", o.horizon() == Horizon.IMMEDIATE ? null : o.horizon().word(),
        "importance", o.importance() == Importance.MEDIUM ? null : o.importance().word(),
        "basis", o.basis() == Basis.STATED ? null : o.basis().word());
    end();
    if (!outcome.rationale().isEmpty()) {
      escapedField("  ", "Why", outcome.rationale());
    }
    refsField("  ", "Evidence", outcome.evidence());
    outcome.statusBeforeEvidence().ifPresent(s -> field("  ", "Before the evidence came out", spaced(s.word())));
    for (Reading r : outcome.readings()) {
      appendEscaped(fieldLabel("  ", "If the intent was"), r.intent());
      attrs(r.id());
      end();
      field("    ", "Then", spaced(r.status().word()));
      if (!r.rationale().isEmpty()) {
        escapedField("    ", "Why", r.rationale());
      }
      refsField("    ", "Evidence", r.evidence());
      r.statusBeforeEvidence().ifPresent(s -> field("    ", "Before the evidence came out", spaced(s.word())));
    }
    itemExtras("objectives", o.id(), "  ");
  }

  private void consequence(Consequence c) {
    out.append("- ");
    dated(c.date(), c.statement());
    attrs(c.id(),
        "horizon", c.horizon() == Horizon.SHORT_TERM ? null : c.horizon().word(),
        "balance-of-power", c.balanceOfPower() ? "yes" : null);
    end();
    for (ActorEffect e : c.effects()) {
      out.append("  - **").append(capitalised(e.effect().word())).append(" for** `").append(e.actor()).append('`');
      if (!e.note().isEmpty()) {
        appendEscaped(out.append(" — "), e.note());
      }
      end();
    }
    refsField("  ", "Evidence", c.evidence());
    itemExtras("consequences", c.id(), "  ");
  }

  private void evidence(Evidence e) {
    itemLine(e.date(), e.statement(), e.id());
    e.knownFrom().ifPresent(d -> field("  ", "Known from", d.toString()));
    e.source().ifPresent(s -> codeField("  ", "Source", s));
    e.quantities().forEach(q -> escapedField("  ", "Quantity", q.text()));
    itemExtras("evidence", e.id(), "  ");
  }

  /** An item's first line: a bullet, the item's dated text and its id. */
  private void itemLine(Optional<HistoricalDate> date, String text, String id) {
    out.append("- ");
    dated(date, text);
    attrs(id);
    end();
  }

  private void perception(Perception p) {
    itemLine(p.date(), p.statement(), p.id());
    codeField("  ", "About", p.actor());
    escapedField("  ", "Held by", p.heldBy());
    field("  ", "View", p.view().word());
    field("  ", "Period", spaced(p.period().word()));
    refsField("  ", "Evidence", p.evidence());
    itemExtras("perceptions", p.id(), "  ");
  }

  private void source(Source s) {
    itemLine(s.date(), s.title(), s.id());
    s.author().ifPresent(a -> escapedField("  ", "Author", a));
    s.locator().ifPresent(a -> escapedField("  ", "Locator", a));
    itemExtras("sources", s.id(), "  ");
  }

  private void interpretation(Interpretation in) {
    line("### Interpretation `" + in.id() + "`");
    blank();
    appendEscaped(out.append("> "), in.claim());
    end();
    blank();
    refsField("", "Favours", in.favours());
    in.stance().ifPresent(s -> field("", "Stance", s.word()));
    in.source().ifPresent(s -> codeField("", "Source", s));
    Provenance p = in.provenance();
    p.author().ifPresent(v -> escapedField("", "Author", v));
    p.work().ifPresent(v -> escapedField("", "Work", v));
    p.date().ifPresent(v -> field("", "Date", v.toString()));
    p.school().ifPresent(v -> escapedField("", "School", v));
    p.nature().ifPresent(v -> escapedField("", "Nature", v));
    p.origin().ifPresent(v -> escapedField("", "Origin", v));
    p.purpose().ifPresent(v -> escapedField("", "Purpose", v));
    refsField("", "Supported by", in.supportingEvidence());
    refsField("", "Challenged by", in.challengingEvidence());
    itemExtras("interpretations", in.id(), "");
    if (out.charAt(out.length() - 2) != '\n') {
      blank();
    }
  }

  private void criteria(List<Criterion> criteria) {
    line("| Criterion | Id | Measure | Weight | What it asks |");
    line("| --- | --- | --- | ---: | --- |");
    for (int i = 0; i < criteria.size(); i++) {
      Criterion c = criteria.get(i);
      path = ModelPath.of("criteria").index(i);
      String measure = c.measure() == Measure.CUSTOM ? "custom `" + c.customMeasure().orElse("") + "`" : c.measure().word();
      appendEscaped(out.append("| "), c.name()).append(" | `").append(c.id()).append("` | ").append(measure).append(" | ").append(weight(c.weight())).append(" | ");
      appendEscaped(out, c.description()).append(" |");
      end();
    }
    path = ModelPath.root();
  }

  /**
   * A weight in its shortest exact decimal form: {@code 2}, {@code 0.25}.
   *
   * @param weight the weight
   * @return the decimal
   */
  static String weight(double weight) {
    return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
  }

  /**
   * The period's words for the revision notes.
   *
   * @param period the period
   * @return such as {@code at the time}
   */
  static String period(Period period) {
    return spaced(period.word());
  }
}
