package io.github.hindsight.examples.diagram;

import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.testkit.FormatContractTest;

/** The Graphviz exporter meets the plugin contract. */
class DotFormatContractTest extends FormatContractTest {
  @Override
  protected FormatProvider format() {
    return new DotFormat();
  }
}
