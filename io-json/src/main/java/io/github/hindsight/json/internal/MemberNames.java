package io.github.hindsight.json.internal;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The member names the writer writes, each quoted and encoded as UTF-8 once, so that a generator
 * copies their bytes instead of escaping and encoding each name again for every object.
 */
final class MemberNames {
  static final SerializableString ACTOR = new SerializedString("actor");
  static final SerializableString ACTORS = new SerializedString("actors");
  static final SerializableString APPROXIMATE = new SerializedString("approximate");
  static final SerializableString ASSESSMENT_OBJECTIVES = new SerializedString("assessmentObjectives");
  static final SerializableString AUTHOR = new SerializedString("author");
  static final SerializableString BALANCE_OF_POWER = new SerializedString("balanceOfPower");
  static final SerializableString BASIS = new SerializedString("basis");
  static final SerializableString BOARD = new SerializedString("board");
  static final SerializableString CHALLENGING_EVIDENCE = new SerializedString("challengingEvidence");
  static final SerializableString CLAIM = new SerializedString("claim");
  static final SerializableString COMMAND_WORD = new SerializedString("commandWord");
  static final SerializableString CONSEQUENCES = new SerializedString("consequences");
  static final SerializableString COURSE = new SerializedString("course");
  static final SerializableString CRITERIA = new SerializedString("criteria");
  static final SerializableString CUSTOM_MEASURE = new SerializedString("customMeasure");
  static final SerializableString DATE = new SerializedString("date");
  static final SerializableString DESCRIPTION = new SerializedString("description");
  static final SerializableString DESCRIPTOR = new SerializedString("descriptor");
  static final SerializableString EFFECT = new SerializedString("effect");
  static final SerializableString EFFECTS = new SerializedString("effects");
  static final SerializableString EVIDENCE = new SerializedString("evidence");
  static final SerializableString EXAM = new SerializedString("exam");
  static final SerializableString FAVOURS = new SerializedString("favours");
  static final SerializableString FORMAT = new SerializedString("format");
  static final SerializableString FROM = new SerializedString("from");
  static final SerializableString GUIDANCE = new SerializedString("guidance");
  static final SerializableString HELD_BY = new SerializedString("heldBy");
  static final SerializableString HORIZON = new SerializedString("horizon");
  static final SerializableString ID = new SerializedString("id");
  static final SerializableString IDENTIFIERS = new SerializedString("identifiers");
  static final SerializableString IMPORTANCE = new SerializedString("importance");
  static final SerializableString INDICATIVE_CONTENT = new SerializedString("indicativeContent");
  static final SerializableString INTENT = new SerializedString("intent");
  static final SerializableString INTERPRETATION = new SerializedString("interpretation");
  static final SerializableString INTERPRETATIONS = new SerializedString("interpretations");
  static final SerializableString KIND = new SerializedString("kind");
  static final SerializableString KIND_LABEL = new SerializedString("kindLabel");
  static final SerializableString KNOWN_FROM = new SerializedString("knownFrom");
  static final SerializableString LABEL = new SerializedString("label");
  static final SerializableString LEVEL = new SerializedString("level");
  static final SerializableString LEVELS = new SerializedString("levels");
  static final SerializableString LOCATOR = new SerializedString("locator");
  static final SerializableString MARKS = new SerializedString("marks");
  static final SerializableString MAX_MARKS = new SerializedString("maxMarks");
  static final SerializableString MEASURE = new SerializedString("measure");
  static final SerializableString MEMBERS = new SerializedString("members");
  static final SerializableString MIN_MARKS = new SerializedString("minMarks");
  static final SerializableString NAME = new SerializedString("name");
  static final SerializableString NATURE = new SerializedString("nature");
  static final SerializableString NOTE = new SerializedString("note");
  static final SerializableString OBJECTIVES = new SerializedString("objectives");
  static final SerializableString ORIGIN = new SerializedString("origin");
  static final SerializableString OUTCOME = new SerializedString("outcome");
  static final SerializableString PAPER = new SerializedString("paper");
  static final SerializableString PERCEPTIONS = new SerializedString("perceptions");
  static final SerializableString PERIOD = new SerializedString("period");
  static final SerializableString PROMPT = new SerializedString("prompt");
  static final SerializableString PROVENANCE = new SerializedString("provenance");
  static final SerializableString PURPOSE = new SerializedString("purpose");
  static final SerializableString QUANTITIES = new SerializedString("quantities");
  static final SerializableString QUESTIONS = new SerializedString("questions");
  static final SerializableString RATIONALE = new SerializedString("rationale");
  static final SerializableString READINGS = new SerializedString("readings");
  static final SerializableString RELATED_QUESTIONS = new SerializedString("relatedQuestions");
  static final SerializableString RELATED_TOPICS = new SerializedString("relatedTopics");
  static final SerializableString REPRESENTATIVES = new SerializedString("representatives");
  static final SerializableString ROLE = new SerializedString("role");
  static final SerializableString SCHOOL = new SerializedString("school");
  static final SerializableString SOURCE = new SerializedString("source");
  static final SerializableString SOURCES = new SerializedString("sources");
  static final SerializableString STANCE = new SerializedString("stance");
  static final SerializableString STATEMENT = new SerializedString("statement");
  static final SerializableString STATUS = new SerializedString("status");
  static final SerializableString STATUS_BEFORE_EVIDENCE = new SerializedString("statusBeforeEvidence");
  static final SerializableString SUPPORTING_EVIDENCE = new SerializedString("supportingEvidence");
  static final SerializableString TAGS = new SerializedString("tags");
  static final SerializableString TITLE = new SerializedString("title");
  static final SerializableString TOPIC = new SerializedString("topic");
  static final SerializableString TOPICS = new SerializedString("topics");
  static final SerializableString UNIT = new SerializedString("unit");
  static final SerializableString UNTIL = new SerializedString("until");
  static final SerializableString VALUE = new SerializedString("value");
  static final SerializableString VERSION = new SerializedString("version");
  static final SerializableString VIEW = new SerializedString("view");
  static final SerializableString WEIGHT = new SerializedString("weight");
  static final SerializableString WORK = new SerializedString("work");

  private MemberNames() {}
}
