package io.github.hindsight.markdown.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

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
  /** The sections of one bullet an item, which read each item on its own however the bullets are grouped into lists. */
  private static final List<String> ITEMS = List.of(CONSEQUENCES, EVIDENCE, PERCEPTIONS, SOURCES);

  private Sections() {}

  /**
   * @param section a section of the format, or null for one it does not know
   * @return how the section's reader takes its lists: item by item for the sections of items and
   *     for objectives under their groups' headings, whole for the others
   */
  static BlockStream.Lists lists(@Nullable String section) {
    if (OBJECTIVES.equals(section)) {
      return BlockStream.Lists.SPLIT_UNDER_SUBHEADINGS;
    }
    return section != null && ITEMS.contains(section) ? BlockStream.Lists.SPLIT : BlockStream.Lists.WHOLE;
  }
}
