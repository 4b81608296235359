package io.github.hindsight.judgement;

import io.github.hindsight.model.ActorRole;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.QuestionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The judgement of a question under a configuration: one {@link Verdict} for each scenario
 * (combination of the readings not chosen in the configuration), the readings that decide the
 * winner, and the support for each interpretation.
 */
@Value.Immutable
abstract class AbstractJudgement {
  /** @return the question's id */
  public abstract String question();

  /** @return the question as it is asked */
  public abstract String prompt();

  /** @return what kind of question it is */
  public abstract QuestionKind kind();

  /** @return the method the kind of question calls for, which the reports lead with */
  public abstract Method method();

  /**
   * @return why the method was chosen, when the kind does not name it: a question of kind
   *     {@code other} is judged by the closest method, and this says which; empty otherwise
   */
  public abstract Optional<String> methodNote();

  /** @return the actors' names by id, in the question's order */
  public abstract Map<String, String> actors();

  /** @return the actors' roles by id, in the question's order: which are sides, and what the others are */
  public abstract Map<String, ActorRole> roles();

  /** @return the configuration judged under */
  public abstract JudgementConfig config();

  /** @return the criteria judged by, with the weights used */
  public abstract List<Criterion> criteria();

  /** @return one verdict for each scenario, in a fixed order */
  public abstract List<Verdict> verdicts();

  /**
   * @return ids of the objectives whose reading decides the winner: changing that reading alone
   *     changes the leader in at least one scenario
   */
  public abstract List<String> decisiveReadings();

  /** @return ids of the evidence left out because it was not yet known by the as-of date */
  public abstract List<String> unknownEvidence();

  /** @return the support for each of the question's interpretations */
  public abstract List<InterpretationSupport> interpretations();

  /**
   * @return how far the evidence supports the question's own statement, weighed through the
   *     interpretations that take a stance on it; empty when none does
   */
  public abstract Optional<StatementSupport> statement();

  /**
   * @return the answer on the question's statement, as the reports give it: how convincing it is,
   *     on what evidence, and where each interpretation stands; empty when none takes a stance
   */
  public Optional<String> statementAnswer() {
    Optional<StatementSupport> statement = statement();
    return statement.isPresent() ? Optional.of(StatementAnswer.of(this, statement.get())) : Optional.empty();
  }

  /**
   * An interpretation's support.
   *
   * @param id the interpretation's id
   * @return its support
   * @throws NoSuchElementException if the question has no such interpretation
   */
  public InterpretationSupport interpretation(String id) {
    for (InterpretationSupport i : interpretations()) {
      if (i.interpretation().equals(id)) {
        return i;
      }
    }
    throw new NoSuchElementException("no interpretation '" + id + "' in this judgement");
  }

  /**
   * @return the ids of the best supported interpretations: one, or every one that ties for the
   *     highest support; empty when the question has none
   */
  public List<String> bestSupported() {
    List<InterpretationSupport> all = interpretations();
    double best = all.isEmpty() ? Double.NaN : all.get(0).support();
    for (InterpretationSupport i : all) {
      best = Math.max(best, i.support());
    }
    List<String> out = new ArrayList<>();
    for (InterpretationSupport i : all) {
      if (i.support() == best) {
        out.add(i.interpretation());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** @return whether every scenario has the same single leader, with no tie for the lead */
  public boolean isSettled() {
    for (Verdict v : verdicts()) {
      if (v.isTie()) {
        return false;
      }
    }
    return leaders().size() == 1;
  }

  /** @return the distinct leaders of the scenarios, every side of a tie included, in the order they first lead */
  public List<String> leaders() {
    Set<String> leaders = new LinkedHashSet<>();
    for (Verdict v : verdicts()) {
      leaders.addAll(v.leaders());
    }
    return Collections.unmodifiableList(new ArrayList<>(leaders));
  }

  /** @return the verdict of the first scenario, the only one when every reading is chosen */
  public Verdict verdict() {
    return verdicts().get(0);
  }

  /**
   * An actor's name.
   *
   * @param actor the actor's id
   * @return the name
   * @throws NoSuchElementException if the actor was not judged
   */
  public String name(String actor) {
    String name = actors().get(actor);
    if (name == null) {
      throw new NoSuchElementException("no actor '" + actor + "' in this judgement; judged: " + actors().keySet());
    }
    return name;
  }
}
