package io.github.hindsight.diagram;

import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.testkit.FormatContractTest;

/** The Mermaid exporter meets the plugin contract. */
class MermaidFormatContractTest extends FormatContractTest {
  @Override
  protected FormatProvider format() {
    return new MermaidFormat();
  }
}
