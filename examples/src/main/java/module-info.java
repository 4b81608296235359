/**
 * Runnable examples of Hindsight, and a first format plugin: Mermaid and Graphviz diagrams of a
 * question. The plugin is declared here for the module path and in {@code META-INF/services} for
 * the class path.
 */
module io.github.hindsight.examples {
  requires io.github.hindsight.core;
  // The reference questions the examples start from.
  requires io.github.hindsight.testkit;
  requires static org.jspecify;

  exports io.github.hindsight.examples;
  exports io.github.hindsight.examples.diagram;

  provides io.github.hindsight.spi.FormatProvider with
      io.github.hindsight.examples.diagram.MermaidFormat,
      io.github.hindsight.examples.diagram.DotFormat;
}
