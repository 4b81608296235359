package io.github.hindsight.testformats;

import java.util.List;

/** A second plugin that takes the id {@code tiny}, with a lower priority than the first. */
public final class ShadowTinyFormat extends TinyFormat {
  /** Creates it. */
  public ShadowTinyFormat() {
    super("tiny", List.of("tiny"), -1, false);
  }
}
