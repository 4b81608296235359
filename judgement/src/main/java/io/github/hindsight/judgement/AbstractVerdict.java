package io.github.hindsight.judgement;

import io.github.hindsight.model.Criterion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The verdict for one scenario: each actor's score on each criterion, the weighted totals and
 * the ranking of the sides, the margin and its label, the trace of every item that moved a score,
 * and the sensitivity of the leader to each criterion's weight. Actors that are not sides are
 * scored, so that the consequences and perceptions of the events for them can be shown, but they
 * are never ranked and never change a side's total.
 */
@Value.Immutable
abstract class AbstractVerdict {
  /** @return the readings this verdict assumes */
  public abstract Scenario scenario();

  /** @return the criteria judged by, with the weights used */
  public abstract List<Criterion> criteria();

  /**
   * @return every actor's score on every criterion, actor by actor in the question's order; a
   *     score without a basis is 0 and left out of the actor's total
   */
  public abstract List<Score> scores();

  /**
   * @return the sides from first to last; equal totals share a rank and keep the question's
   *     order. A side with nothing to score on any criterion is not among them.
   */
  public abstract List<Standing> standings();

  /** @return ids of the actors scored but not ranked, because they are not sides of the question */
  public abstract List<String> others();

  /** @return ids of the sides not ranked, because nothing counted for them on any criterion that weighs */
  public abstract List<String> unscored();

  /** @return the leader's total minus the runner-up's; the leader's total when it stands alone */
  public abstract double margin();

  /** @return the label the margin earns under the standard */
  public abstract Label label();

  /** @return the standard the label was given under */
  public abstract LabelStandard standard();

  /** @return every item weighed, actor by actor and criterion by criterion */
  public abstract List<TraceEntry> trace();

  /**
   * @return how far each actor that held aims met them, in the question's order of actors: the
   *     answer of {@link Method#EXTENT_OF_AIMS}, worked out for every verdict
   */
  public abstract List<AimsExtent> aims();

  /** @return for each criterion, the weights at which the leader would change */
  public abstract List<Sensitivity> sensitivity();

  /** @return the id of the actor ranked first; on a tie, the first of {@link #leaders()} */
  public String leader() {
    return standings().get(0).actor();
  }

  /** @return the id of the actor ranked second; empty if the verdict ranks only one actor */
  public Optional<String> runnerUp() {
    return standings().size() > 1 ? Optional.of(standings().get(1).actor()) : Optional.empty();
  }

  /** @return the actor ids from first to last */
  public List<String> ranking() {
    List<String> out = new ArrayList<>(standings().size());
    for (Standing s : standings()) {
      out.add(s.actor());
    }
    return Collections.unmodifiableList(out);
  }

  /** @return the ids of every side with the highest total: one, or all of those who tie for the lead */
  public List<String> leaders() {
    double top = standings().get(0).total();
    List<String> out = new ArrayList<>();
    for (Standing s : standings()) {
      if (s.total() == top) {
        out.add(s.actor());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** @return whether two or more sides tie for the lead */
  public boolean isTie() {
    return leaders().size() > 1;
  }

  /** @return why the verdict has its label, in a sentence */
  public String labelReason() {
    return standard().explain(margin());
  }

  /**
   * An actor's total.
   *
   * @param actor the actor's id
   * @return the total, from 0 to 1
   * @throws NoSuchElementException if the actor was not judged
   */
  public double total(String actor) {
    for (Standing s : standings()) {
      if (s.actor().equals(actor)) {
        return s.total();
      }
    }
    throw new NoSuchElementException("no actor '" + actor + "' in this verdict; judged: " + ranking());
  }

  /**
   * An actor's score on a criterion.
   *
   * @param actor the actor's id
   * @param criterion the criterion's id
   * @return the score
   * @throws NoSuchElementException if there is no such score
   */
  public Score score(String actor, String criterion) {
    for (Score s : scores()) {
      if (s.actor().equals(actor) && s.criterion().equals(criterion)) {
        return s;
      }
    }
    throw new NoSuchElementException("no score for actor '" + actor + "' on criterion '" + criterion + "'");
  }

  /**
   * The sides with the highest score on a criterion, among those with something to score on it.
   *
   * @param criterion the criterion's id
   * @return the ids, in the question's order; empty when no ranked side has a basis on it
   * @throws NoSuchElementException if the criterion was not judged
   */
  public List<String> leadersOn(String criterion) {
    if (!judges(criterion)) {
      throw new NoSuchElementException("no criterion '" + criterion + "' in this verdict");
    }
    List<String> ranked = ranking();
    List<Score> scored = new ArrayList<>();
    double best = Double.NaN;
    for (Score s : scores()) {
      if (s.criterion().equals(criterion) && s.hasBasis() && ranked.contains(s.actor())) {
        best = scored.isEmpty() ? s.value() : Math.max(best, s.value());
        scored.add(s);
      }
    }
    List<String> out = new ArrayList<>();
    for (Score s : scored) {
      if (s.value() == best) {
        out.add(s.actor());
      }
    }
    return Collections.unmodifiableList(out);
  }

  private boolean judges(String criterion) {
    for (Criterion c : criteria()) {
      if (c.id().equals(criterion)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The side with the highest score on a criterion; on equal scores, the one first in the question.
   *
   * @param criterion the criterion's id
   * @return the actor's id
   * @throws NoSuchElementException if the criterion was not judged, or no ranked side has anything to score on it
   */
  public String leaderOn(String criterion) {
    List<String> leaders = leadersOn(criterion);
    if (leaders.isEmpty()) {
      throw new NoSuchElementException("no side has anything to score on criterion '" + criterion + "'");
    }
    return leaders.get(0);
  }

  /**
   * The trace of one actor on one criterion.
   *
   * @param actor the actor's id
   * @param criterion the criterion's id
   * @return the entries, possibly none
   */
  public List<TraceEntry> trace(String actor, String criterion) {
    List<TraceEntry> out = new ArrayList<>();
    for (TraceEntry t : trace()) {
      if (t.actor().equals(actor) && t.criterion().equals(criterion)) {
        out.add(t);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The trace entry for one subject.
   *
   * @param actor the actor's id
   * @param criterion the criterion's id
   * @param subject the id of the objective, consequence, perception or custom item
   * @return the entry, or empty if the trace has none for that actor, criterion and subject
   */
  public Optional<TraceEntry> entry(String actor, String criterion, String subject) {
    for (TraceEntry t : trace()) {
      if (t.actor().equals(actor) && t.criterion().equals(criterion) && t.subject().equals(subject)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The sensitivity to one criterion's weight.
   *
   * @param criterion the criterion's id
   * @return the sensitivity
   * @throws NoSuchElementException if the criterion was not judged
   */
  public Sensitivity sensitivityTo(String criterion) {
    for (Sensitivity s : sensitivity()) {
      if (s.criterion().equals(criterion)) {
        return s;
      }
    }
    throw new NoSuchElementException("no criterion '" + criterion + "' in this verdict");
  }
}
