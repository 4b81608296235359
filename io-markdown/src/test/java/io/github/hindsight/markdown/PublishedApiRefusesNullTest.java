package io.github.hindsight.markdown;

import io.github.hindsight.testkit.NullArguments;
import org.junit.jupiter.api.Test;

/** The Markdown module refuses null arguments by name, everywhere in its exported package. */
class PublishedApiRefusesNullTest {

  @Test
  void theMarkdownModuleRefusesNullArgumentsByName() {
    NullArguments.ofModuleOf(MarkdownFormat.class)
        .check();
  }
}
