package io.github.hindsight.judgement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorRole;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of the judgement method over one question and configuration; see docs/judgement.md.
 * Each stage is a type of its own: the configuration check, what was known when, the scenarios,
 * the scoring, the aggregation into verdicts and the support of the interpretations.
 */
final class Engine {
  private final Question question;
  private final JudgementConfig config;
  private final Measures measures;

  Engine(Question question, JudgementConfig config, Measures measures) {
    this.question = question;
    this.config = config;
    this.measures = measures;
  }

  Judgement run() {
    ImmutableList<Criterion> criteria = ConfigurationCheck.criteria(question, config, measures);
    KnownAt known = new KnownAt(question, config.asOf());
    Scenarios scenarios = new Scenarios(question, config, known);
    Scoring scoring = new Scoring(question, criteria, measures, known);
    Aggregation aggregation = new Aggregation(question, config, criteria);
    List<Verdict> verdicts = new ArrayList<>();
    for (Map<String, String> readings : scenarios.all()) {
      verdicts.add(aggregation.verdict(readings, scoring.score(readings)));
    }
    InterpretationSupports supports = new InterpretationSupports(question, verdicts, known, InterpretationNames.of(question));
    List<InterpretationSupport> interpretations = new ArrayList<>();
    for (Interpretation i : question.interpretations()) {
      interpretations.add(supports.of(i));
    }
    ImmutableMap.Builder<String, String> names = ImmutableMap.builder();
    ImmutableMap.Builder<String, ActorRole> roles = ImmutableMap.builder();
    for (Actor a : question.actors()) {
      names.put(a.id(), a.name());
      roles.put(a.id(), a.role());
    }
    Method method = Method.of(question.kind(), question.objectives().isEmpty() && !question.interpretations().isEmpty());
    return Judgement.builder()
        .question(question.id())
        .prompt(question.prompt())
        .kind(question.kind())
        .method(method)
        .methodNote(question.kind() == QuestionKind.OTHER
            ? Optional.of("a question of kind '" + question.kindLabel().orElse("other") + "' is judged by the closest method, "
                + method.describe())
            : Optional.empty())
        .actors(names.buildOrThrow())
        .roles(roles.buildOrThrow())
        .config(config)
        .criteria(criteria)
        .verdicts(verdicts)
        .decisiveReadings(scenarios.decisive(verdicts))
        .unknownEvidence(known.unknownEvidence())
        .interpretations(interpretations)
        .statement(StatementSupports.of(question, known))
        .build();
  }
}
