package io.github.hindsight.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reading of an actor's intent and the outcome it leads to: <em>if the intent was X, then
 * the objective was S, because ...</em>.
 */
@Value.Immutable
abstract class AbstractReading {
  /** @return the id within its outcome, such as {@code bargaining-chip} */
  public abstract String id();

  /** @return the intent this reading assumes */
  public abstract String intent();

  /** @return the outcome under this reading; never {@link OutcomeStatus#DEPENDS_ON_READING} */
  public abstract OutcomeStatus status();

  /** @return why the outcome follows from the reading */
  @Value.Default
  public String rationale() {
    return "";
  }

  /** @return ids of the evidence for this reading */
  public abstract List<String> evidence();

  /**
   * How the outcome looked under this reading before any of its evidence became known, for
   * judgements as of an earlier date. Read as a bargaining chip, the Soviet missiles won the
   * Jupiters' removal; but until the deal came out, that aim looked unmet.
   *
   * @return the earlier status, or empty if the outcome under this reading was unclear until its
   *     evidence came out
   */
  public abstract Optional<OutcomeStatus> statusBeforeEvidence();

  @Value.Check
  void check() {
    Checks.text("rationale", rationale());
    Checks.id("id", id());
    Checks.notBlank("intent", intent());
    Checks.ids("evidence", evidence());
    Checks.statusBeforeEvidence(statusBeforeEvidence(), evidence());
    if (status() == OutcomeStatus.DEPENDS_ON_READING) {
      throw Checks.problem("status", ProblemKind.BAD_VALUE, "a reading must settle the outcome; 'depends-on-reading' is not allowed here");
    }
  }
}
