package io.github.hindsight.testformats;

import java.util.List;

/** A plugin that describes itself wrongly: an id with capitals and an extension with a dot. */
public final class NamelessFormat extends TinyFormat {
  /** Creates it. */
  public NamelessFormat() {
    super("Bad Id", List.of(".BAD"), 0, false);
  }
}
