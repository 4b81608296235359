package io.github.hindsight.model;

import org.immutables.value.Value;

/** One level of a mark scheme: its number, its band of marks and what an answer at that level does. */
@Value.Immutable
abstract class AbstractLevelDescriptor {
  /** @return the level, from 1 */
  public abstract int level();

  /** @return the lowest mark of the band */
  public abstract int minMarks();

  /** @return the highest mark of the band */
  public abstract int maxMarks();

  /** @return what an answer at this level does */
  public abstract String descriptor();

  @Value.Check
  void check() {
    if (level() < 1) {
      throw Checks.problem("level", ProblemKind.BAD_VALUE, "expected a level of 1 or more but found " + level());
    }
    if (minMarks() < 0 || maxMarks() < minMarks()) {
      throw Checks.problem("maxMarks", ProblemKind.BAD_VALUE, "expected a band 0 <= min <= max but found " + minMarks() + "-" + maxMarks());
    }
    Checks.notBlank("descriptor", descriptor());
  }
}
