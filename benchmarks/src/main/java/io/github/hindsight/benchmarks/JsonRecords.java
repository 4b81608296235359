package io.github.hindsight.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * Plain Java records shaped like the Hindsight JSON format, for the data-binding floor: what
 * Jackson costs when it binds the same bytes to objects with no validation, no ids checked and
 * no problems collected. Absent members bind to null, as data binding does.
 */
final class JsonRecords {
  private JsonRecords() {}

  /** A bank document. */
  record Bank(String format, int version, List<Topic> topics, List<Question> questions) {}

  /** A topic of a bank. */
  record Topic(String id, String title, String period, String course, List<String> relatedTopics, List<String> relatedQuestions) {}

  /** A question, in a bank or on its own. */
  record Question(String format, Integer version, String id, String prompt, String kind, String kindLabel, String topic,
      List<String> guidance, List<Actor> actors, List<Objective> objectives, List<Consequence> consequences,
      List<Evidence> evidence, List<Perception> perceptions, List<Source> sources, List<Interpretation> interpretations,
      List<Criterion> criteria, Exam exam, List<String> tags) {}

  /** An actor; a representative is a plain name, or an object when it is for part of the period. */
  record Actor(String id, String name, String kind, List<Object> representatives, Map<String, String> identifiers) {}

  /** An objective. */
  record Objective(String id, List<String> actors, String statement, String horizon, String importance, String basis, Outcome outcome) {}

  /** An outcome. */
  record Outcome(String status, String rationale, List<String> evidence, String statusBeforeEvidence, List<Reading> readings) {}

  /** A reading of intent. */
  record Reading(String id, String intent, String status, String rationale, List<String> evidence) {}

  /** A consequence. */
  record Consequence(String id, String statement, String date, String horizon, List<Effect> effects, boolean balanceOfPower,
      List<String> evidence) {}

  /** An effect on an actor. */
  record Effect(String actor, String effect, String note) {}

  /** A piece of evidence. */
  record Evidence(String id, String statement, String date, String source, String knownFrom) {}

  /** A perception. */
  record Perception(String id, String actor, String heldBy, String statement, String view, String period, String date,
      List<String> evidence) {}

  /** A source. */
  record Source(String id, String title, String author, String date, String locator) {}

  /** An interpretation. */
  record Interpretation(String id, String claim, List<String> favours, Provenance provenance, List<String> supportingEvidence,
      List<String> challengingEvidence) {}

  /** Where an interpretation comes from. */
  record Provenance(String author, String work, String date, String school, String nature, String origin, String purpose) {}

  /** A criterion. */
  record Criterion(String id, String name, String description, double weight, String measure, String customMeasure) {}

  /** Exam metadata. */
  record Exam(String board, String paper, String commandWord, Integer marks, List<String> assessmentObjectives,
      List<Labelled> interpretations, List<Level> levels, List<String> indicativeContent) {}

  /** An interpretation as a paper labels it. */
  record Labelled(String label, String interpretation) {}

  /** A level of a mark scheme. */
  record Level(int level, int minMarks, int maxMarks, String descriptor) {}
}
