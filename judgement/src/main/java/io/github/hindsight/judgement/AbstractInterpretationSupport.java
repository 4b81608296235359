package io.github.hindsight.judgement;

import io.github.hindsight.model.Stance;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far the evidence known under a configuration supports one historian's interpretation,
 * and whether the verdicts agree with the actors it favours.
 */
@Value.Immutable
abstract class AbstractInterpretationSupport {
  /** @return the interpretation's id */
  public abstract String interpretation();

  /**
   * @return the name the reports give it: its author's surname and its school, such as {@code
   *     Williams (revisionist)}, or its id when the provenance names no author or two
   *     interpretations would have the same name
   */
  public abstract String name();

  /** @return where it stands on the question's statement; empty if it takes no stance */
  public abstract Optional<Stance> stance();

  /** @return ids of the supporting evidence that counted */
  public abstract List<String> supporting();

  /** @return ids of the challenging evidence that counted */
  public abstract List<String> challenging();

  /**
   * @return what it leaves out: ids of the evidence that counted and that other interpretations of
   *     the question cite, for or against them, but this one cites neither way
   */
  public abstract List<String> leavesOut();

  /** @return ids of the evidence for or against it that was not yet known by the as-of date */
  public abstract List<String> unknown();

  /**
   * @return (supporting + 1) / (supporting + challenging + 2): one half with no evidence either
   *     way, approaching 1 as supporting evidence piles up and 0 as challenging evidence does
   */
  public abstract double support();

  /**
   * @return the share of scenarios whose leader the interpretation favours: a scenario counts 1
   *     when the interpretation favours the leader alone, one half when it favours the leader
   *     along with others, and 0 otherwise
   */
  public abstract double agreement();
}
