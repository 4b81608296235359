package io.github.hindsight.markdown.internal;

import java.util.List;

/** The section headings of the authoring format, in the order the writer uses. */
final class Sections {
  static final String GUIDANCE = "Guidance";
  static final String ACTORS = "Actors";
  static final String OBJECTIVES = "Objectives";
  static final String CONSEQUENCES = "Consequences";
  static final String EVIDENCE = "Evidence";
  static final String PERCEPTIONS = "Perceptions";
  static final String SOURCES = "Sources";
  static final String INTERPRETATIONS = "Interpretations";
  static final String CRITERIA = "Criteria";
  static final List<String> ALL = List.of(GUIDANCE, ACTORS, OBJECTIVES, CONSEQUENCES, EVIDENCE, PERCEPTIONS, SOURCES, INTERPRETATIONS, CRITERIA);

  private Sections() {}
}
