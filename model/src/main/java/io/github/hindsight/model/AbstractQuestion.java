package io.github.hindsight.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * An interpretation question, such as "Who won the Cuban Missile Crisis?", with everything a
 * balanced answer weighs: the actors and their objectives, what became of each, the consequences,
 * the evidence and when it came out, perceptions, sources, historians' interpretations and the
 * criteria of judgement.
 *
 * <pre>{@code
 * Question q = Question.builder()
 *     .id("cuban-missile-crisis-who-won")
 *     .prompt("Who won the Cuban Missile Crisis?")
 *     .kind(QuestionKind.WHO_WON)
 *     .addActor(Actor.builder().id("usa").name("United States").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractQuestion {
  /** @return the id, a slug such as {@code cuban-missile-crisis-who-won} */
  public abstract String id();

  /** @return the question as it is asked */
  public abstract String prompt();

  /** @return what kind of question it is */
  @Value.Default
  public QuestionKind kind() {
    return QuestionKind.WHO_WON;
  }

  /**
   * @return a name for the kind, which a question of kind {@link QuestionKind#OTHER} always has;
   *     empty for the other kinds unless one is given
   */
  public abstract Optional<String> kindLabel();

  /** @return the id of the topic it belongs to; empty if it belongs to none */
  public abstract Optional<String> topic();

  /** @return advice for answering, such as "stay balanced" */
  public abstract List<String> guidance();

  /** @return the parties to the question */
  public abstract List<Actor> actors();

  /** @return what the actors aimed at */
  public abstract List<Objective> objectives();

  /** @return what followed */
  public abstract List<Consequence> consequences();

  /** @return the facts judgements rest on */
  public abstract List<Evidence> evidence();

  /** @return how the actors were seen, at the time and later */
  public abstract List<Perception> perceptions();

  /** @return where the evidence comes from */
  public abstract List<Source> sources();

  /** @return historians' answers */
  public abstract List<Interpretation> interpretations();

  /** @return the yardsticks of judgement; when empty the judgement engine uses its defaults */
  public abstract List<Criterion> criteria();

  /** @return how an exam board sets it; empty if no board does */
  public abstract Optional<ExamMetadata> exam();

  /** @return free tags, each a slug such as {@code cold-war} */
  public abstract List<String> tags();

  /** @return content a format read leniently and keeps for writing back; empty for strict reading */
  public abstract List<Extra> extras();

  /**
   * The actor with an id.
   *
   * @param id the actor's id
   * @return the actor, or empty if the question has no actor with that id
   */
  public Optional<Actor> actor(String id) {
    Objects.requireNonNull(id, "id");
    return find(actors(), Actor::id, id);
  }

  /**
   * The objective with an id.
   *
   * @param id the objective's id
   * @return the objective, or empty if the question has no objective with that id
   */
  public Optional<Objective> objective(String id) {
    Objects.requireNonNull(id, "id");
    return find(objectives(), Objective::id, id);
  }

  /**
   * The evidence with an id.
   *
   * @param id the evidence's id
   * @return the evidence, or empty if the question has no evidence with that id
   */
  public Optional<Evidence> evidence(String id) {
    Objects.requireNonNull(id, "id");
    return find(evidence(), Evidence::id, id);
  }

  /**
   * The criterion with an id.
   *
   * @param id the criterion's id
   * @return the criterion, or empty if the question has no criterion with that id
   */
  public Optional<Criterion> criterion(String id) {
    Objects.requireNonNull(id, "id");
    return find(criteria(), Criterion::id, id);
  }

  /**
   * The objectives an actor held, alone or shared, in order.
   *
   * @param actorId the actor's id
   * @return the objectives
   */
  public List<Objective> objectivesOf(String actorId) {
    Objects.requireNonNull(actorId, "actorId");
    return objectives().stream().filter(o -> o.actors().contains(actorId)).toList();
  }

  /**
   * The consequences that bore on an actor, in order.
   *
   * @param actorId the actor's id
   * @return the consequences
   */
  public List<Consequence> consequencesFor(String actorId) {
    Objects.requireNonNull(actorId, "actorId");
    return consequences().stream().filter(c -> c.effectOn(actorId).isPresent()).toList();
  }

  /**
   * The perceptions of an actor, in order.
   *
   * @param actorId the actor's id
   * @return the perceptions
   */
  public List<Perception> perceptionsOf(String actorId) {
    Objects.requireNonNull(actorId, "actorId");
    return perceptions().stream().filter(p -> p.actor().equals(actorId)).toList();
  }

  /**
   * The evidence that was publicly known on a date.
   *
   * @param asOf the date
   * @return the evidence known then, in order
   * @see Evidence#isKnownBy(HistoricalDate)
   */
  public List<Evidence> evidenceKnownBy(HistoricalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return evidence().stream().filter(e -> e.isKnownBy(asOf)).toList();
  }

  /**
   * Checks every cross-reference (actors, evidence, sources, interpretations) and reports all
   * problems at once, each with its path, such as {@code objectives[3].actors[0]}. The report is
   * worked out once, the first time it is asked for, and kept with the question, which cannot
   * change: a reader that validates what it read and a writer that validates it again before
   * writing pay for one validation.
   *
   * @return the report; {@link ValidationReport#isValid()} is true when there is no error
   */
  @Value.Lazy
  public ValidationReport validate() {
    Validation v = new Validation(ModelPath.root());
    v.question((Question) this);
    return v.report();
  }

  /**
   * A one-line summary for people, such as
   * {@code Question[cuban-missile-crisis-who-won: "Who won the Cuban Missile Crisis?"; 3 actors, 11 objectives, ...]}.
   * Use the accessors, or a format, for the full content.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Question[" + id() + ": \"" + prompt() + "\"; "
        + actors().size() + " actors, " + objectives().size() + " objectives, "
        + consequences().size() + " consequences, " + evidence().size() + " evidence, "
        + perceptions().size() + " perceptions, " + interpretations().size() + " interpretations, "
        + criteria().size() + " criteria]";
  }

  static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
    for (T item : items) {
      if (id.apply(item).equals(wanted)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks.texts("guidance", guidance());
    Checks.ids("tags", tags());
    Checks.id("id", id());
    Checks.notBlank("prompt", prompt());
    topic().ifPresent(t -> Checks.id("topic", t));
    Optional<String> kindLabelProblem = Rules.kindLabelProblem(kind(), kindLabel());
    if (kindLabelProblem.isPresent()) {
      ProblemKind problem = kindLabel().isEmpty() ? ProblemKind.MISSING : kind() != QuestionKind.OTHER ? ProblemKind.NOT_ALLOWED : ProblemKind.BAD_VALUE;
      throw Checks.problem("kindLabel", problem, kindLabelProblem.get());
    }
    Checks.uniqueIds("actors", actors(), Actor::id);
    Checks.uniqueIds("objectives", objectives(), Objective::id);
    Checks.uniqueIds("consequences", consequences(), Consequence::id);
    Checks.uniqueIds("evidence", evidence(), Evidence::id);
    Checks.uniqueIds("perceptions", perceptions(), Perception::id);
    Checks.uniqueIds("sources", sources(), Source::id);
    Checks.uniqueIds("interpretations", interpretations(), Interpretation::id);
    Checks.uniqueIds("criteria", criteria(), Criterion::id);
  }
}
