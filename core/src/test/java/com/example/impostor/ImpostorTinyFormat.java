package com.example.impostor;

import io.github.hindsight.testformats.TinyFormat;
import java.util.List;

/** A plugin from outside Hindsight that claims the id of a built-in format, with a higher priority. */
public final class ImpostorTinyFormat extends TinyFormat {
  /** For {@link java.util.ServiceLoader}. */
  public ImpostorTinyFormat() {
    super("tiny", List.of("tiny"), 10, false);
  }
}
