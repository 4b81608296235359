package io.github.hindsight.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    static <T> Ids of(List<T> items, IdOf<T> id) {
      List<String> ids = new ArrayList<>(items.size());
      for (T item : items) {
        ids.add(id.of(item));
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

    boolean containsAll(List<String> refs) {
      for (String ref : refs) {
        if (!contains(ref)) {
          return false;
        }
      }
      return true;
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
        Set<String> distinct = new TreeSet<>(ids);
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

  private static ModelPath at(String member, int index) {
    return ModelPath.of(member).index(index);
  }

  // Each caller asks first whether a reference is unknown, and only then makes its path: a
  // question that validates cleanly builds none.

  /** Reports each unknown reference of a list at the list's path. */
  private void refs(ModelPath at, List<String> refs, Ids known, String what) {
    for (int i = 0; i < refs.size(); i++) {
      String ref = refs.get(i);
      if (!known.contains(ref)) {
        unknown(at.index(i), ref, known, what);
      }
    }
  }

  private void unknown(ModelPath path, String ref, Ids known, String what) {
    problems.add(Problem.unknownReference(prefix.resolve(path), ref, "unknown " + what + " '" + Rules.excerpt(ref) + "'"
        + (known.isEmpty() ? " (none is defined)" : "; expected one of " + known.sorted())));
  }

  void question(Question q) {
    List<Actor> actorList = q.actors();
    Ids actors = Ids.of(actorList, IdOf.ACTOR);
    Ids evidence = Ids.of(q.evidence(), IdOf.EVIDENCE);
    Ids sources = Ids.of(q.sources(), IdOf.SOURCE);
    Ids interpretations = Ids.of(q.interpretations(), IdOf.INTERPRETATION);

    if (actorList.isEmpty()) {
      warning(at("actors"), "the question has no actors, so nothing can be judged");
    }
    boolean coalitions = false;
    for (int i = 0; i < actorList.size(); i++) {
      List<String> members = actorList.get(i).members();
      coalitions |= !members.isEmpty();
      if (!actors.containsAll(members)) {
        refs(at("actors", i).field("members"), members, actors, "actor");
      }
    }
    // Only coalitions can contain themselves.
    if (coalitions) {
      for (Coalitions.Cycle c : new Coalitions(actorList).cycles()) {
        problems.add(Problem.of(Severity.ERROR, ProblemKind.BAD_VALUE, prefix.resolve(c.path()), c.message()));
      }
    }
    for (int i = 0; i < q.objectives().size(); i++) {
      Objective o = q.objectives().get(i);
      if (!actors.containsAll(o.actors())) {
        refs(at("objectives", i).field("actors"), o.actors(), actors, "actor");
      }
      if (!evidence.containsAll(o.outcome().evidence())) {
        refs(at("objectives", i).field("outcome").field("evidence"), o.outcome().evidence(), evidence, "evidence");
      }
      for (int r = 0; r < o.outcome().readings().size(); r++) {
        List<String> readingEvidence = o.outcome().readings().get(r).evidence();
        if (!evidence.containsAll(readingEvidence)) {
          refs(at("objectives", i).field("outcome").field("readings").index(r).field("evidence"), readingEvidence, evidence, "evidence");
        }
      }
    }
    for (int i = 0; i < q.consequences().size(); i++) {
      Consequence c = q.consequences().get(i);
      for (int e = 0; e < c.effects().size(); e++) {
        String actor = c.effects().get(e).actor();
        if (!actors.contains(actor)) {
          unknown(at("consequences", i).field("effects").index(e).field("actor"), actor, actors, "actor");
        }
      }
      if (!evidence.containsAll(c.evidence())) {
        refs(at("consequences", i).field("evidence"), c.evidence(), evidence, "evidence");
      }
      if (c.effects().isEmpty()) {
        warning(at("consequences", i).field("effects"), "the consequence bears on no actor, so no judgement can use it");
      }
    }
    for (int i = 0; i < q.evidence().size(); i++) {
      Evidence e = q.evidence().get(i);
      Optional<String> source = e.source();
      if (source.isPresent() && !sources.contains(source.get())) {
        unknown(at("evidence", i).field("source"), source.get(), sources, "source");
      }
      if (e.date().isEmpty() && e.knownFrom().isEmpty()) {
        warning(ProblemKind.UNDATED, at("evidence", i), "evidence '" + Rules.excerpt(e.id()) + "' has no date and no date it became known,"
            + " so a judgement as of any date counts it as already known; give it a date, or a known-from date if it came out later");
      }
    }
    for (int i = 0; i < q.perceptions().size(); i++) {
      Perception p = q.perceptions().get(i);
      if (!actors.contains(p.actor())) {
        unknown(at("perceptions", i).field("actor"), p.actor(), actors, "actor");
      }
      if (!evidence.containsAll(p.evidence())) {
        refs(at("perceptions", i).field("evidence"), p.evidence(), evidence, "evidence");
      }
    }
    for (int i = 0; i < q.interpretations().size(); i++) {
      Interpretation in = q.interpretations().get(i);
      if (!actors.containsAll(in.favours())) {
        refs(at("interpretations", i).field("favours"), in.favours(), actors, "actor");
      }
      Optional<String> source = in.source();
      if (source.isPresent() && !sources.contains(source.get())) {
        unknown(at("interpretations", i).field("source"), source.get(), sources, "source");
      }
      if (!evidence.containsAll(in.supportingEvidence())) {
        refs(at("interpretations", i).field("supportingEvidence"), in.supportingEvidence(), evidence, "evidence");
      }
      if (!evidence.containsAll(in.challengingEvidence())) {
        refs(at("interpretations", i).field("challengingEvidence"), in.challengingEvidence(), evidence, "evidence");
      }
    }
    Optional<ExamMetadata> exam = q.exam();
    if (exam.isPresent()) {
      List<LabelledInterpretation> labelled = exam.get().interpretations();
      for (int i = 0; i < labelled.size(); i++) {
        String interpretation = labelled.get(i).interpretation();
        if (!interpretations.contains(interpretation)) {
          unknown(at("exam").field("interpretations").index(i).field("interpretation"), interpretation, interpretations, "interpretation");
        }
      }
    }
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
    Ids topics = Ids.of(bank.topics(), IdOf.TOPIC);
    Ids questions = Ids.of(bank.questions(), IdOf.QUESTION);
    for (int i = 0; i < bank.questions().size(); i++) {
      Question q = bank.questions().get(i);
      ModelPath here = at("questions", i);
      Validation inner = new Validation(prefix.resolve(here));
      inner.question(q);
      problems.addAll(inner.problems.build());
      Optional<String> topic = q.topic();
      if (topic.isPresent() && !topics.contains(topic.get())) {
        unknown(here.field("topic"), topic.get(), topics, "topic");
      }
    }
    for (int i = 0; i < bank.topics().size(); i++) {
      Topic t = bank.topics().get(i);
      if (!topics.containsAll(t.relatedTopics())) {
        refs(at("topics", i).field("relatedTopics"), t.relatedTopics(), topics, "topic");
      }
      if (!questions.containsAll(t.relatedQuestions())) {
        refs(at("topics", i).field("relatedQuestions"), t.relatedQuestions(), questions, "question");
      }
    }
  }
}
