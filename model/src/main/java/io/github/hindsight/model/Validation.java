package io.github.hindsight.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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

  /** A path made only when a problem is found there: a question that validates cleanly builds none. */
  @FunctionalInterface
  private interface At {
    ModelPath path();
  }

  /**
   * The ids defined in one list of a question, such as its actors'. References are looked up
   * here once or more for every item of the question, so few ids are scanned in order rather
   * than hashed; many are put in a set the first time one is looked up.
   */
  private static final class Ids {
    /** The most ids a message lists. */
    static final int LISTED = 20;
    /** The most characters of ids a message lists, unless the first id alone is longer. */
    static final int LISTED_CHARACTERS = 200;
    private final List<String> ids;
    private @Nullable Set<String> set;
    private @Nullable String listed;

    Ids(List<String> ids) {
      this.ids = ids;
    }

    static <T> Ids of(List<T> items, Function<T, String> id) {
      List<String> ids = new ArrayList<>(items.size());
      for (T item : items) {
        ids.add(id.apply(item));
      }
      return new Ids(ids);
    }

    boolean contains(String id) {
      if (ids.size() <= Checks.SCANNED) {
        return ids.contains(id);
      }
      Set<String> s = set;
      if (s == null) {
        s = new HashSet<>(ids);
        set = s;
      }
      return s.contains(id);
    }

    boolean isEmpty() {
      return ids.isEmpty();
    }

    /**
     * @return the ids for a message: each once, sorted, each quoted as {@link Rules#excerpt} quotes
     *     a value, as many as fit in {@link #LISTED_CHARACTERS} up to {@link #LISTED} and at least
     *     one, and how many more there are, so that a message stays short however many or however
     *     long the ids are: every unknown reference has a message of its own
     */
    String sorted() {
      String s = listed;
      if (s == null) {
        List<String> distinct = ids.stream().distinct().sorted().toList();
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (String id : distinct) {
          String quoted = Rules.excerpt(id);
          if (shown == LISTED || shown > 0 && sb.length() + 2 + quoted.length() > LISTED_CHARACTERS) {
            break;
          }
          sb.append(shown == 0 ? "" : ", ").append(quoted);
          shown++;
        }
        if (shown < distinct.size()) {
          sb.append(" and ").append(distinct.size() - shown).append(" more");
        }
        s = sb.toString();
        listed = s;
      }
      return s;
    }
  }

  private static ModelPath at(String member) {
    return ModelPath.of(member);
  }

  private void refs(At at, List<String> refs, Ids known, String what) {
    for (int i = 0; i < refs.size(); i++) {
      String ref = refs.get(i);
      if (!known.contains(ref)) {
        unknown(at.path().index(i), ref, known, what);
      }
    }
  }

  private void ref(At at, String ref, Ids known, String what) {
    if (!known.contains(ref)) {
      unknown(at.path(), ref, known, what);
    }
  }

  private void unknown(ModelPath path, String ref, Ids known, String what) {
    problems.add(Problem.unknownReference(prefix.resolve(path), ref, "unknown " + what + " '" + Rules.excerpt(ref) + "'"
        + (known.isEmpty() ? " (none is defined)" : "; expected one of " + known.sorted())));
  }

  void question(Question q) {
    List<Actor> actorList = q.actors();
    Ids actors = Ids.of(actorList, Actor::id);
    Ids evidence = Ids.of(q.evidence(), Evidence::id);
    Ids sources = Ids.of(q.sources(), Source::id);
    Ids interpretations = Ids.of(q.interpretations(), Interpretation::id);

    if (actorList.isEmpty()) {
      warning(at("actors"), "the question has no actors, so nothing can be judged");
    }
    boolean coalitions = false;
    for (int i = 0; i < actorList.size(); i++) {
      int a = i;
      List<String> members = actorList.get(i).members();
      coalitions |= !members.isEmpty();
      refs(() -> at("actors").index(a).field("members"), members, actors, "actor");
    }
    // Only coalitions can contain themselves.
    if (coalitions) {
      new Coalitions(actorList).cycles().forEach(c -> problems.add(
          Problem.of(Severity.ERROR, ProblemKind.BAD_VALUE, prefix.resolve(c.path()), c.message())));
    }
    for (int i = 0; i < q.objectives().size(); i++) {
      Objective o = q.objectives().get(i);
      int n = i;
      At here = () -> at("objectives").index(n);
      refs(() -> here.path().field("actors"), o.actors(), actors, "actor");
      refs(() -> here.path().field("outcome").field("evidence"), o.outcome().evidence(), evidence, "evidence");
      for (int r = 0; r < o.outcome().readings().size(); r++) {
        int reading = r;
        refs(() -> here.path().field("outcome").field("readings").index(reading).field("evidence"),
            o.outcome().readings().get(r).evidence(), evidence, "evidence");
      }
    }
    for (int i = 0; i < q.consequences().size(); i++) {
      Consequence c = q.consequences().get(i);
      int n = i;
      At here = () -> at("consequences").index(n);
      for (int e = 0; e < c.effects().size(); e++) {
        int effect = e;
        ref(() -> here.path().field("effects").index(effect).field("actor"), c.effects().get(e).actor(), actors, "actor");
      }
      refs(() -> here.path().field("evidence"), c.evidence(), evidence, "evidence");
      if (c.effects().isEmpty()) {
        warning(here.path().field("effects"), "the consequence bears on no actor, so no judgement can use it");
      }
    }
    for (int i = 0; i < q.evidence().size(); i++) {
      int n = i;
      At here = () -> at("evidence").index(n);
      Evidence e = q.evidence().get(i);
      e.source().ifPresent(s -> ref(() -> here.path().field("source"), s, sources, "source"));
      if (e.date().isEmpty() && e.knownFrom().isEmpty()) {
        warning(ProblemKind.UNDATED, here.path(), "evidence '" + Rules.excerpt(e.id()) + "' has no date and no date it became known,"
            + " so a judgement as of any date counts it as already known; give it a date, or a known-from date if it came out later");
      }
    }
    for (int i = 0; i < q.perceptions().size(); i++) {
      Perception p = q.perceptions().get(i);
      int n = i;
      At here = () -> at("perceptions").index(n);
      ref(() -> here.path().field("actor"), p.actor(), actors, "actor");
      refs(() -> here.path().field("evidence"), p.evidence(), evidence, "evidence");
    }
    for (int i = 0; i < q.interpretations().size(); i++) {
      Interpretation in = q.interpretations().get(i);
      int n = i;
      At here = () -> at("interpretations").index(n);
      refs(() -> here.path().field("favours"), in.favours(), actors, "actor");
      in.source().ifPresent(s -> ref(() -> here.path().field("source"), s, sources, "source"));
      refs(() -> here.path().field("supportingEvidence"), in.supportingEvidence(), evidence, "evidence");
      refs(() -> here.path().field("challengingEvidence"), in.challengingEvidence(), evidence, "evidence");
    }
    q.exam().ifPresent(exam -> {
      for (int i = 0; i < exam.interpretations().size(); i++) {
        int n = i;
        ref(() -> at("exam").field("interpretations").index(n).field("interpretation"), exam.interpretations().get(i).interpretation(),
            interpretations, "interpretation");
      }
    });
    for (int i = 0; i < actorList.size(); i++) {
      Actor a = actorList.get(i);
      // A party affected, a mediator or an observer need have no aims of its own; a side does.
      if (a.role() == ActorRole.SIDE && !hasObjective(q, a.id())) {
        warning(at("actors").index(i), "actor '" + Rules.excerpt(a.id()) + "' has no objectives");
      }
    }
  }

  private static boolean hasObjective(Question q, String actor) {
    for (Objective o : q.objectives()) {
      if (o.actors().contains(actor)) {
        return true;
      }
    }
    return false;
  }

  void bank(QuestionBank bank) {
    Ids topics = Ids.of(bank.topics(), Topic::id);
    Ids questions = Ids.of(bank.questions(), Question::id);
    for (int i = 0; i < bank.questions().size(); i++) {
      Question q = bank.questions().get(i);
      ModelPath here = at("questions").index(i);
      Validation inner = new Validation(prefix.resolve(here));
      inner.question(q);
      problems.addAll(inner.problems.build());
      q.topic().ifPresent(t -> ref(() -> here.field("topic"), t, topics, "topic"));
    }
    for (int i = 0; i < bank.topics().size(); i++) {
      Topic t = bank.topics().get(i);
      ModelPath here = at("topics").index(i);
      refs(() -> here.field("relatedTopics"), t.relatedTopics(), topics, "topic");
      refs(() -> here.field("relatedQuestions"), t.relatedQuestions(), questions, "question");
    }
  }
}
