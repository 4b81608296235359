package io.github.hindsight.model;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Collects every cross-reference problem of a question or a bank, each with its path. */
final class Validation {
  private final ModelPath prefix;
  private final ImmutableList.Builder<Problem> problems = ImmutableList.builder();

  Validation(ModelPath prefix) {
    this.prefix = prefix;
  }

  ValidationReport report() {
    return ValidationReport.builder().problems(problems.build()).build();
  }

  private void warning(ModelPath path, String message) {
    warning(ProblemKind.NOTHING_TO_JUDGE, path, message);
  }

  private void warning(ProblemKind kind, ModelPath path, String message) {
    problems.add(Problem.of(Severity.WARNING, kind, prefix.resolve(path), message));
  }

  private static Set<String> ids(List<String> ids) {
    return new HashSet<>(ids);
  }

  private static ModelPath at(String member) {
    return ModelPath.of(member);
  }

  private void refs(ModelPath path, List<String> refs, Set<String> known, String what) {
    for (int i = 0; i < refs.size(); i++) {
      // The path of a reference is made only for one that is unknown.
      if (!known.contains(refs.get(i))) {
        ref(path.index(i), refs.get(i), known, what);
      }
    }
  }

  private void ref(ModelPath path, String ref, Set<String> known, String what) {
    if (!known.contains(ref)) {
      problems.add(Problem.unknownReference(prefix.resolve(path), ref, "unknown " + what + " '" + ref + "'"
          + (known.isEmpty() ? " (none is defined)" : "; expected one of " + known.stream().sorted().collect(Collectors.joining(", ")))));
    }
  }

  void question(Question q) {
    Set<String> actors = ids(q.actors().stream().map(Actor::id).toList());
    Set<String> evidence = ids(q.evidence().stream().map(Evidence::id).toList());
    Set<String> sources = ids(q.sources().stream().map(Source::id).toList());
    Set<String> interpretations = ids(q.interpretations().stream().map(Interpretation::id).toList());

    if (q.actors().isEmpty()) {
      warning(at("actors"), "the question has no actors, so nothing can be judged");
    }
    for (int i = 0; i < q.actors().size(); i++) {
      refs(at("actors").index(i).field("members"), q.actors().get(i).members(), actors, "actor");
    }
    new Coalitions(q.actors()).cycles().forEach(c -> problems.add(
        Problem.of(Severity.ERROR, ProblemKind.BAD_VALUE, prefix.resolve(c.path()), c.message())));
    for (int i = 0; i < q.objectives().size(); i++) {
      Objective o = q.objectives().get(i);
      ModelPath here = at("objectives").index(i);
      refs(here.field("actors"), o.actors(), actors, "actor");
      refs(here.field("outcome").field("evidence"), o.outcome().evidence(), evidence, "evidence");
      for (int r = 0; r < o.outcome().readings().size(); r++) {
        refs(here.field("outcome").field("readings").index(r).field("evidence"), o.outcome().readings().get(r).evidence(), evidence, "evidence");
      }
    }
    for (int i = 0; i < q.consequences().size(); i++) {
      Consequence c = q.consequences().get(i);
      ModelPath here = at("consequences").index(i);
      for (int e = 0; e < c.effects().size(); e++) {
        ref(here.field("effects").index(e).field("actor"), c.effects().get(e).actor(), actors, "actor");
      }
      refs(here.field("evidence"), c.evidence(), evidence, "evidence");
      if (c.effects().isEmpty()) {
        warning(here.field("effects"), "the consequence bears on no actor, so no judgement can use it");
      }
    }
    for (int i = 0; i < q.evidence().size(); i++) {
      ModelPath here = at("evidence").index(i);
      q.evidence().get(i).source().ifPresent(s -> ref(here.field("source"), s, sources, "source"));
      Evidence e = q.evidence().get(i);
      if (e.date().isEmpty() && e.knownFrom().isEmpty()) {
        warning(ProblemKind.UNDATED, here, "evidence '" + e.id() + "' has no date and no date it became known,"
            + " so a judgement as of any date counts it as already known; give it a date, or a known-from date if it came out later");
      }
    }
    for (int i = 0; i < q.perceptions().size(); i++) {
      Perception p = q.perceptions().get(i);
      ModelPath here = at("perceptions").index(i);
      ref(here.field("actor"), p.actor(), actors, "actor");
      refs(here.field("evidence"), p.evidence(), evidence, "evidence");
    }
    for (int i = 0; i < q.interpretations().size(); i++) {
      Interpretation in = q.interpretations().get(i);
      ModelPath here = at("interpretations").index(i);
      refs(here.field("favours"), in.favours(), actors, "actor");
      in.source().ifPresent(s -> ref(here.field("source"), s, sources, "source"));
      refs(here.field("supportingEvidence"), in.supportingEvidence(), evidence, "evidence");
      refs(here.field("challengingEvidence"), in.challengingEvidence(), evidence, "evidence");
    }
    q.exam().ifPresent(exam -> {
      for (int i = 0; i < exam.interpretations().size(); i++) {
        ref(at("exam").field("interpretations").index(i).field("interpretation"), exam.interpretations().get(i).interpretation(), interpretations, "interpretation");
      }
    });
    for (int i = 0; i < q.actors().size(); i++) {
      String id = q.actors().get(i).id();
      // A party affected, a mediator or an observer need have no aims of its own; a side does.
      if (q.actors().get(i).role() == ActorRole.SIDE && q.objectivesOf(id).isEmpty()) {
        warning(at("actors").index(i), "actor '" + id + "' has no objectives");
      }
    }
  }

  void bank(QuestionBank bank) {
    Set<String> topics = ids(bank.topics().stream().map(Topic::id).toList());
    Set<String> questions = ids(bank.questions().stream().map(Question::id).toList());
    for (int i = 0; i < bank.questions().size(); i++) {
      Question q = bank.questions().get(i);
      ModelPath here = at("questions").index(i);
      Validation inner = new Validation(prefix.resolve(here));
      inner.question(q);
      problems.addAll(inner.problems.build());
      q.topic().ifPresent(t -> ref(here.field("topic"), t, topics, "topic"));
    }
    for (int i = 0; i < bank.topics().size(); i++) {
      Topic t = bank.topics().get(i);
      ModelPath here = at("topics").index(i);
      refs(here.field("relatedTopics"), t.relatedTopics(), topics, "topic");
      refs(here.field("relatedQuestions"), t.relatedQuestions(), questions, "question");
    }
  }
}
