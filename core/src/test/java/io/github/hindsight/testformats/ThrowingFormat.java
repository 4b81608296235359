package io.github.hindsight.testformats;

/** A plugin whose constructor fails, as a jar built against the wrong library version might. */
public final class ThrowingFormat extends TinyFormat {
  /** Always throws. */
  public ThrowingFormat() {
    super("throwing", java.util.List.of("throw"), 0, false);
    throw new IllegalStateException("cannot start: missing configuration");
  }
}
