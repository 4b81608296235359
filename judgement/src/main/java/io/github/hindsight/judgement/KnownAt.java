package io.github.hindsight.judgement;

import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What was known, and what had happened, by the date of a judgement (section 6 of docs/judgement.md). */
final class KnownAt {
  private final Optional<HistoricalDate> asOf;
  private final Set<String> known = new HashSet<>();
  private final List<String> unknown = new ArrayList<>();

  KnownAt(Question question, Optional<HistoricalDate> asOf) {
    this.asOf = asOf;
    for (Evidence e : question.evidence()) {
      if (asOf.isEmpty() || e.isKnownBy(asOf.get())) {
        known.add(e.id());
      } else {
        unknown.add(e.id());
      }
    }
  }

  /** An objective's status in a scenario, with what it rests on and why, in words. */
  record Resolution(OutcomeStatus status, Optional<String> reading, boolean beforeEvidence, List<String> evidence, String why) {}

  Optional<HistoricalDate> asOf() {
    return asOf;
  }

  boolean isKnown(String evidenceId) {
    return known.contains(evidenceId);
  }

  /** @return the question's evidence not yet known, in the question's order */
  List<String> unknownEvidence() {
    return unknown;
  }

  /** Whether something rests on evidence none of which was known by the date. */
  boolean hidden(List<String> evidence) {
    return asOf.isPresent() && !evidence.isEmpty() && !anyKnown(evidence);
  }

  private boolean anyKnown(List<String> evidence) {
    for (String id : evidence) {
      if (known.contains(id)) {
        return true;
      }
    }
    return false;
  }

  Resolution resolve(Objective o, Map<String, String> readings) {
    Outcome out = o.outcome();
    if (hidden(out.evidence())) {
      return before(out.statusBeforeEvidence(), Optional.empty(), out.evidence(), "");
    }
    if (out.status() == OutcomeStatus.DEPENDS_ON_READING) {
      String id = readings.get(o.id());
      Reading reading = out.reading(id).orElseThrow();
      List<String> evidence = new ArrayList<>(out.evidence());
      evidence.addAll(reading.evidence());
      if (hidden(reading.evidence())) {
        Resolution r = before(reading.statusBeforeEvidence(), Optional.of(id), reading.evidence(), "under the reading '" + id + "', ");
        return new Resolution(r.status(), r.reading(), r.beforeEvidence(), distinct(evidence), r.why());
      }
      return new Resolution(reading.status(), Optional.of(id), false, distinct(evidence), "under the reading '" + id + "'");
    }
    return new Resolution(out.status(), Optional.empty(), false, distinct(out.evidence()), "");
  }

  /**
   * An outcome, or an outcome under a reading, whose evidence was not yet known: as it looked
   * before the evidence came out if that is recorded, else unclear.
   */
  private Resolution before(Optional<OutcomeStatus> status, Optional<String> reading, List<String> evidence, String under) {
    String ids = String.join(", ", evidence);
    boolean recorded = status.isPresent();
    return new Resolution(status.orElse(OutcomeStatus.UNCLEAR), reading, recorded, evidence,
        under + (recorded
            ? "as it looked before " + ids + " came out (not known by " + asOf.orElseThrow() + ")"
            : "none of its evidence (" + ids + ") was known by " + asOf.orElseThrow()));
  }

  private static List<String> distinct(List<String> ids) {
    return new ArrayList<>(new LinkedHashSet<>(ids));
  }

  boolean happened(Optional<HistoricalDate> date, List<String> evidence) {
    if (asOf.isEmpty()) {
      return true;
    }
    if (date.isPresent()) {
      return date.get().isOnOrBefore(asOf.get());
    }
    // Undated: it counts once something behind it was known, or always if nothing is cited.
    return evidence.isEmpty() || anyKnown(evidence);
  }

  /** Why something that had not happened by the date is left out, in words. */
  String later(Optional<HistoricalDate> date) {
    HistoricalDate by = asOf.orElseThrow();
    return date.isPresent() ? "dated " + date.get() + ", not over by the end of " + by + ", so left out"
        : "none of its evidence was known by " + by + ", so left out";
  }

  /** @return the evidence of the list that was known, in its order */
  List<String> knownOf(List<String> evidence) {
    return filter(evidence, true);
  }

  /** @return the evidence of the list that was not yet known, in its order */
  List<String> unknownOf(List<String> evidence) {
    return filter(evidence, false);
  }

  // A loop, not a stream: it runs for every item scored, and with no date all of it is known.
  private List<String> filter(List<String> evidence, boolean wanted) {
    List<String> out = new ArrayList<>(evidence.size());
    for (String id : evidence) {
      if (known.contains(id) == wanted) {
        out.add(id);
      }
    }
    return out;
  }
}
