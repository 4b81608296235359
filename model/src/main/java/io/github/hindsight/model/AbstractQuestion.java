package io.github.hindsight.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    return IdOf.ACTOR.find(actors(), id);
  }

  /**
   * The objective with an id.
   *
   * @param id the objective's id
   * @return the objective, or empty if the question has no objective with that id
   */
  public Optional<Objective> objective(String id) {
    Objects.requireNonNull(id, "id");
    return IdOf.OBJECTIVE.find(objectives(), id);
  }

  /**
   * The evidence with an id.
   *
   * @param id the evidence's id
   * @return the evidence, or empty if the question has no evidence with that id
   */
  public Optional<Evidence> evidence(String id) {
    Objects.requireNonNull(id, "id");
    return IdOf.EVIDENCE.find(evidence(), id);
  }

  /**
   * The criterion with an id.
   *
   * @param id the criterion's id
   * @return the criterion, or empty if the question has no criterion with that id
   */
  public Optional<Criterion> criterion(String id) {
    Objects.requireNonNull(id, "id");
    return IdOf.CRITERION.find(criteria(), id);
  }

  /**
   * The objectives an actor held, alone or shared, in order.
   *
   * @param actorId the actor's id
   * @return the objectives
   */
  public List<Objective> objectivesOf(String actorId) {
    Objects.requireNonNull(actorId, "actorId");
    List<Objective> found = new ArrayList<>();
    for (Objective o : objectives()) {
      if (o.actors().contains(actorId)) {
        found.add(o);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * The consequences that bore on an actor, in order.
   *
   * @param actorId the actor's id
   * @return the consequences
   */
  public List<Consequence> consequencesFor(String actorId) {
    Objects.requireNonNull(actorId, "actorId");
    List<Consequence> found = new ArrayList<>();
    for (Consequence c : consequences()) {
      if (c.effectOn(actorId).isPresent()) {
        found.add(c);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * The perceptions of an actor, in order.
   *
   * @param actorId the actor's id
   * @return the perceptions
   */
  public List<Perception> perceptionsOf(String actorId) {
    Objects.requireNonNull(actorId, "actorId");
    List<Perception> found = new ArrayList<>();
    for (Perception p : perceptions()) {
      if (p.actor().equals(actorId)) {
        found.add(p);
      }
    }
    return Collections.unmodifiableList(found);
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
    List<Evidence> found = new ArrayList<>();
    for (Evidence e : evidence()) {
      if (e.isKnownBy(asOf)) {
        found.add(e);
      }
    }
    return Collections.unmodifiableList(found);
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

  @Value.Check
  void check() {
    Checks.texts("guidance", guidance());
    Checks.ids("tags", tags());
    Checks.id("id", id());
    Checks.notBlank("prompt", prompt());
    if (topic().isPresent()) {
      Checks.id("topic", topic().get());
    }
    Optional<String> kindLabelProblem = Rules.kindLabelProblem(kind(), kindLabel());
    if (kindLabelProblem.isPresent()) {
      ProblemKind problem = kindLabel().isEmpty() ? ProblemKind.MISSING : kind() != QuestionKind.OTHER ? ProblemKind.NOT_ALLOWED : ProblemKind.BAD_VALUE;
      throw Checks.problem("kindLabel", problem, kindLabelProblem.get());
    }
    Checks.uniqueIds("actors", actors(), IdOf.ACTOR);
    Checks.uniqueIds("objectives", objectives(), IdOf.OBJECTIVE);
    Checks.uniqueIds("consequences", consequences(), IdOf.CONSEQUENCE);
    Checks.uniqueIds("evidence", evidence(), IdOf.EVIDENCE);
    Checks.uniqueIds("perceptions", perceptions(), IdOf.PERCEPTION);
    Checks.uniqueIds("sources", sources(), IdOf.SOURCE);
    Checks.uniqueIds("interpretations", interpretations(), IdOf.INTERPRETATION);
    Checks.uniqueIds("criteria", criteria(), IdOf.CRITERION);
  }
}
