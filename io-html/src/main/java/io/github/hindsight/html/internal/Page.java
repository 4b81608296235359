package io.github.hindsight.html.internal;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.judgement.JudgementException;
import io.github.hindsight.model.Actor;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Period;
import io.github.hindsight.model.Question;
import java.util.Comparator;
import java.util.Optional;

/**
 * What the sections of one page draw on: the question, its judgement under the settings given,
 * and the two judgements set side by side, at the time and with hindsight. A judgement that cannot
 * be made (too many scenarios, a custom criterion that is not installed) leaves the analysis out,
 * and the page says why.
 */
final class Page {
  final Question question;
  final JudgementConfig config;
  final Optional<Judgement> judgement;
  final Optional<Judgement> withHindsight;
  final Optional<Judgement> atTheTime;
  /** The date "at the time" means: the one configured, or else the end of the views held then. */
  final Optional<HistoricalDate> then;
  final Optional<String> failure;
  /** Prefixes every fragment id, so that several questions can share a document. */
  final String prefix;

  Page(Judge judge, Question question, JudgementConfig config, String prefix) {
    this.question = question;
    this.config = config;
    this.prefix = prefix;
    this.then = config.asOf().or(() -> atTheTimeOf(question));
    Judgement configured = null;
    Judgement hindsight = null;
    Judgement earlier = null;
    String failed = null;
    try {
      configured = judge.judge(question, config);
      hindsight = config.isHindsight() ? configured : judge.judge(question, config.withAsOf(Optional.empty()));
      earlier = then.isEmpty() ? null : config.asOf().isPresent() ? configured : judge.judge(question, config.withAsOf(then));
    } catch (JudgementException e) {
      failed = e.getMessage();
    }
    this.judgement = Optional.ofNullable(configured);
    this.withHindsight = Optional.ofNullable(hindsight);
    this.atTheTime = Optional.ofNullable(earlier);
    this.failure = Optional.ofNullable(failed);
  }

  /** The last date of the views held at the time, or else the earliest dated consequence. */
  static Optional<HistoricalDate> atTheTimeOf(Question question) {
    Optional<HistoricalDate> views = question.perceptions().stream().filter(p -> p.period() == Period.AT_THE_TIME)
        .map(Perception::date).flatMap(Optional::stream).max(Comparator.naturalOrder());
    return views.or(() -> question.consequences().stream().map(c -> c.date()).flatMap(Optional::stream).min(Comparator.naturalOrder()));
  }

  /** Opens a section of the page with its heading, which names it for assistive technology. */
  void section(StringBuilder out, String id, String heading) {
    out.append("<section aria-labelledby=\"").append(id(id)).append("\">\n<h2 id=\"").append(id(id)).append("\">")
        .append(Html.text(heading)).append("</h2>\n");
  }

  /** @return a fragment id within this page */
  String id(String... parts) {
    return Html.id(prefix, Html.id(parts));
  }

  /** @return an actor's name, or its id if the question has no such actor */
  String actor(String id) {
    return question.actors().stream().filter(a -> a.id().equals(id)).map(Actor::name).findFirst().orElse(id);
  }

  Optional<Evidence> evidence(String id) {
    return question.evidence().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** @return the statement of a piece of evidence, for a list of what an item rests on */
  String evidenceText(String id) {
    return evidence(id).map(Evidence::statement).orElse(id);
  }

  /** @return the name of a criterion */
  String criterion(String id) {
    return judgement.flatMap(j -> j.criteria().stream().filter(c -> c.id().equals(id)).findFirst())
        .map(c -> c.name()).orElse(id);
  }

  /** @return the date as the page prints it, saying "undated" when there is none */
  static String date(Optional<HistoricalDate> date) {
    return date.map(HistoricalDate::toString).orElse("undated");
  }
}
