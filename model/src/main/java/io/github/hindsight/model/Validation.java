package io.github.hindsight.model;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Collects every cross-reference problem of a question or a bank, each with its path. */
final class Validation {
  private final String prefix;
  private final ImmutableList.Builder<Problem> problems = ImmutableList.builder();

  Validation(String prefix) {
    this.prefix = prefix;
  }

  ValidationReport report() {
    return ValidationReport.builder().problems(problems.build()).build();
  }

  private void error(String path, String message) {
    problems.add(Problem.of(Severity.ERROR, prefix + path, message));
  }

  private void warning(String path, String message) {
    problems.add(Problem.of(Severity.WARNING, prefix + path, message));
  }

  private static Set<String> ids(List<String> ids) {
    return new HashSet<>(ids);
  }

  private void refs(String path, List<String> refs, Set<String> known, String what) {
    for (int i = 0; i < refs.size(); i++) {
      ref(path + "[" + i + "]", refs.get(i), known, what);
    }
  }

  private void ref(String path, String ref, Set<String> known, String what) {
    if (!known.contains(ref)) {
      error(path, "unknown " + what + " '" + ref + "'" + (known.isEmpty() ? " (none is defined)" : "; expected one of " + known.stream().sorted().collect(Collectors.joining(", "))));
    }
  }

  void question(Question q) {
    Set<String> actors = ids(q.actors().stream().map(Actor::id).toList());
    Set<String> evidence = ids(q.evidence().stream().map(Evidence::id).toList());
    Set<String> sources = ids(q.sources().stream().map(Source::id).toList());
    Set<String> interpretations = ids(q.interpretations().stream().map(Interpretation::id).toList());

    if (q.actors().isEmpty()) {
      warning("actors", "the question has no actors, so nothing can be judged");
    }
    for (int i = 0; i < q.objectives().size(); i++) {
      Objective o = q.objectives().get(i);
      String at = "objectives[" + i + "]";
      refs(at + ".actors", o.actors(), actors, "actor");
      refs(at + ".outcome.evidence", o.outcome().evidence(), evidence, "evidence");
      for (int r = 0; r < o.outcome().readings().size(); r++) {
        refs(at + ".outcome.readings[" + r + "].evidence", o.outcome().readings().get(r).evidence(), evidence, "evidence");
      }
    }
    for (int i = 0; i < q.consequences().size(); i++) {
      Consequence c = q.consequences().get(i);
      String at = "consequences[" + i + "]";
      for (int e = 0; e < c.effects().size(); e++) {
        ref(at + ".effects[" + e + "].actor", c.effects().get(e).actor(), actors, "actor");
      }
      refs(at + ".evidence", c.evidence(), evidence, "evidence");
      if (c.effects().isEmpty()) {
        warning(at + ".effects", "the consequence bears on no actor, so no judgement can use it");
      }
    }
    for (int i = 0; i < q.evidence().size(); i++) {
      int index = i;
      q.evidence().get(i).source().ifPresent(s -> ref("evidence[" + index + "].source", s, sources, "source"));
    }
    for (int i = 0; i < q.perceptions().size(); i++) {
      Perception p = q.perceptions().get(i);
      ref("perceptions[" + i + "].actor", p.actor(), actors, "actor");
      refs("perceptions[" + i + "].evidence", p.evidence(), evidence, "evidence");
    }
    for (int i = 0; i < q.interpretations().size(); i++) {
      Interpretation in = q.interpretations().get(i);
      String at = "interpretations[" + i + "]";
      refs(at + ".favours", in.favours(), actors, "actor");
      refs(at + ".supportingEvidence", in.supportingEvidence(), evidence, "evidence");
      refs(at + ".challengingEvidence", in.challengingEvidence(), evidence, "evidence");
    }
    q.exam().ifPresent(exam -> {
      for (int i = 0; i < exam.interpretations().size(); i++) {
        ref("exam.interpretations[" + i + "].interpretation", exam.interpretations().get(i).interpretation(), interpretations, "interpretation");
      }
    });
    for (int i = 0; i < q.actors().size(); i++) {
      String id = q.actors().get(i).id();
      if (q.objectivesOf(id).isEmpty()) {
        warning("actors[" + i + "]", "actor '" + id + "' has no objectives");
      }
    }
  }

  void bank(QuestionBank bank) {
    Set<String> topics = ids(bank.topics().stream().map(Topic::id).toList());
    Set<String> questions = ids(bank.questions().stream().map(Question::id).toList());
    for (int i = 0; i < bank.questions().size(); i++) {
      Question q = bank.questions().get(i);
      Validation inner = new Validation(prefix + "questions[" + i + "].");
      inner.question(q);
      problems.addAll(inner.problems.build());
      int index = i;
      q.topic().ifPresent(t -> ref("questions[" + index + "].topic", t, topics, "topic"));
    }
    for (int i = 0; i < bank.topics().size(); i++) {
      Topic t = bank.topics().get(i);
      refs("topics[" + i + "].relatedTopics", t.relatedTopics(), topics, "topic");
      refs("topics[" + i + "].relatedQuestions", t.relatedQuestions(), questions, "question");
    }
  }
}
