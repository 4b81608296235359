package io.github.hindsight.timeline.internal;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Source;
import io.github.hindsight.timeline.internal.TimelineDates.Day;
import io.github.hindsight.timeline.internal.TimelineDates.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The TimelineJS data of some questions: a title slide, an event for each dated consequence and
 * each dated piece of evidence, an event for the day each secret came out, and an era for each
 * question, from its first dated event to its last (what came out later lies after it), unless
 * they all fall on one date. A
 * consequence is in the row of the first actor it bore on, named as the question names it, so
 * that the same actor in several questions has one row; evidence is in the row {@code Evidence},
 * and what came out later in the row {@code Made public}.
 */
final class Timeline {
  /** The row of evidence. */
  static final String EVIDENCE = "Evidence";
  /** The row of the days secrets came out. */
  static final String MADE_PUBLIC = "Made public";
  /** The row of a consequence that bore on no actor. */
  static final String CONSEQUENCES = "Consequences";
  /** What starts the headline of the day a secret came out. */
  static final String MADE_PUBLIC_HEADLINE = "Made public: ";

  private final List<Map<String, Object>> events = new ArrayList<>();
  private final List<Map<String, Object>> eras = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private boolean cosmological;

  private Timeline() {}

  /**
   * @param questions the questions, in order
   * @return the TimelineJS data of all of them, as maps and lists in the order they are written
   */
  static Map<String, Object> of(List<Question> questions) {
    Timeline timeline = new Timeline();
    questions.forEach(timeline::add);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", title(questions));
    data.put("events", timeline.events);
    if (!timeline.eras.isEmpty()) {
      data.put("eras", timeline.eras);
    }
    if (timeline.cosmological) {
      data.put("scale", "cosmological");
    }
    return data;
  }

  private void add(Question question) {
    List<Span> spans = new ArrayList<>();
    for (Consequence c : question.consequences()) {
      c.date().ifPresent(date -> spans.add(event(question, "consequence", c.id(), date, group(question, c),
          c.statement(), effects(question, c))));
    }
    for (Evidence e : question.evidence()) {
      e.date().ifPresent(date -> spans.add(event(question, "evidence", e.id(), date, EVIDENCE, e.statement(),
          about(question, e))));
      e.knownFrom().filter(known -> !e.date().equals(Optional.of(known))).ifPresent(known ->
          event(question, "made-public", e.id(), known, MADE_PUBLIC, MADE_PUBLIC_HEADLINE + e.statement(), madePublic(e, known)));
    }
    if (!spans.isEmpty()) {
      Day first = spans.stream().map(Span::first).min(TimelineDates.EARLIEST).orElseThrow();
      Day last = spans.stream().map(Span::end).max(TimelineDates.LATEST).orElseThrow();
      if (first.equals(last)) {
        return; // one date is no period, and TimelineJS refuses an era that ends where it starts
      }
      Map<String, Object> era = new LinkedHashMap<>();
      era.put("start_date", first.json());
      era.put("end_date", last.json());
      era.put("text", text(question.prompt(), ""));
      eras.add(era);
    }
  }

  private Span event(Question question, String kind, String id, HistoricalDate date, String group, String headline,
      String text) {
    Span span = TimelineDates.span(date);
    cosmological |= span.cosmological();
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("unique_id", uniqueId(question.id() + "-" + kind + "-" + id));
    event.put("start_date", span.first().json());
    span.last().ifPresent(last -> event.put("end_date", last.json()));
    event.put("display_date", span.words());
    event.put("group", group);
    event.put("text", text(headline, text));
    events.add(event);
    return span;
  }

  /** The id itself, or with {@code -2}, {@code -3}... after it when a question came twice. */
  private String uniqueId(String id) {
    String unique = id;
    for (int n = 2; !ids.add(unique); n++) {
      unique = id + "-" + n;
    }
    return unique;
  }

  private static Map<String, Object> text(String headline, String html) {
    Map<String, Object> text = new LinkedHashMap<>();
    text.put("headline", Html.escape(headline));
    text.put("text", html);
    return text;
  }

  private static Map<String, Object> title(List<Question> questions) {
    if (questions.size() == 1) {
      Question question = questions.get(0);
      StringBuilder guidance = new StringBuilder();
      question.guidance().forEach(g -> guidance.append(Html.paragraph(g)));
      return Map.of("text", text(question.prompt(), guidance.toString()));
    }
    StringBuilder prompts = new StringBuilder();
    questions.forEach(q -> prompts.append(Html.paragraph(q.prompt())));
    String headline = questions.isEmpty() ? "No questions" : questions.size() + " questions";
    return Map.of("text", text(headline, prompts.toString()));
  }

  private static String group(Question question, Consequence c) {
    return c.effects().stream().findFirst().map(effect -> name(question, effect.actor())).orElse(CONSEQUENCES);
  }

  private static String name(Question question, String actorId) {
    return question.actor(actorId).map(Actor::name).orElse(actorId);
  }

  /** A paragraph for each actor it bore on: {@code Positive for United States: why}. */
  private static String effects(Question question, Consequence c) {
    StringBuilder html = new StringBuilder();
    for (ActorEffect effect : c.effects()) {
      String word = effect.effect().word();
      String line = Character.toUpperCase(word.charAt(0)) + word.substring(1) + " for " + name(question, effect.actor())
          + (effect.note().isBlank() ? "" : ": " + effect.note());
      html.append(Html.paragraph(line));
    }
    return html.toString();
  }

  /** Its source, and when it came out if that was later. */
  private static String about(Question question, Evidence e) {
    StringBuilder html = new StringBuilder();
    e.source().flatMap(id -> question.sources().stream().filter(s -> s.id().equals(id)).findFirst())
        .ifPresent(s -> html.append(Html.paragraph("Source: " + source(s))));
    e.knownFrom().filter(known -> !e.date().equals(Optional.of(known)))
        .ifPresent(known -> html.append(Html.paragraph("Known only from " + TimelineDates.span(known).words() + ".")));
    return html.toString();
  }

  private static String source(Source s) {
    return s.title() + s.author().map(a -> ", " + a).orElse("");
  }

  private static String madePublic(Evidence e, HistoricalDate known) {
    String when = e.date().map(d -> "It happened " + TimelineDates.span(d).words() + ", but was known only from ")
        .orElse("It was known only from ");
    return Html.paragraph(when + TimelineDates.span(known).words() + ".");
  }
}
