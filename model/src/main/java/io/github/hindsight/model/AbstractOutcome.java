package io.github.hindsight.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What became of an objective. When the status is {@link OutcomeStatus#DEPENDS_ON_READING}, the
 * readings say what it was under each reading of the actor's intent; otherwise there are none.
 */
@Value.Immutable
abstract class AbstractOutcome {
  /** @return the status */
  public abstract OutcomeStatus status();

  /** @return why the status was given */
  @Value.Default
  public String rationale() {
    return "";
  }

  /** @return ids of the evidence the status rests on */
  public abstract List<String> evidence();

  /**
   * How the outcome looked before any of its evidence became known, for judgements as of an
   * earlier date. The Soviet aim of getting American missiles out of Turkey looked unmet in
   * November 1962, because the deal that met it was secret.
   *
   * @return the earlier status, or empty if the outcome was unknown until its evidence came out
   */
  public abstract Optional<OutcomeStatus> statusBeforeEvidence();

  /** @return the readings, present exactly when the status depends on the reading */
  public abstract List<Reading> readings();

  /**
   * The reading with an id.
   *
   * @param id the reading's id
   * @return the reading, or empty if the outcome has no reading with that id
   */
  public Optional<Reading> reading(String id) {
    Objects.requireNonNull(id, "id");
    return IdOf.READING.find(readings(), id);
  }

  @Value.Check
  void check() {
    Checks.text("rationale", rationale());
    Checks.ids("evidence", evidence());
    Checks.statusBeforeEvidence(statusBeforeEvidence(), evidence());
    Checks.uniqueIds("readings", readings(), IdOf.READING);
    if (status() == OutcomeStatus.DEPENDS_ON_READING && readings().size() < 2) {
      throw Checks.problem("readings", ProblemKind.MISSING, "an outcome that depends on the reading needs at least two readings");
    }
    if (status() != OutcomeStatus.DEPENDS_ON_READING && !readings().isEmpty()) {
      throw Checks.problem("readings", ProblemKind.NOT_ALLOWED, "readings are only allowed when the status is 'depends-on-reading', not '" + status().word() + "'");
    }
  }

  /**
   * An outcome with a status and a rationale.
   *
   * @param status the status
   * @param rationale why
   * @return the outcome
   */
  public static Outcome of(OutcomeStatus status, String rationale) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(rationale, "rationale");
    return Outcome.builder().status(status).rationale(rationale).build();
  }
}
