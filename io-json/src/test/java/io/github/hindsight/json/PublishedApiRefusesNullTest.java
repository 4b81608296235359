package io.github.hindsight.json;

import io.github.hindsight.testkit.NullArguments;
import org.junit.jupiter.api.Test;

/** The JSON module refuses null arguments by name, everywhere in its exported package. */
class PublishedApiRefusesNullTest {

  @Test
  void theJsonModuleRefusesNullArgumentsByName() {
    NullArguments.ofModuleOf(JsonFormat.class)
        .check();
  }
}
