/** Hindsight diagrams: a question as a Mermaid flowchart or a Graphviz DOT graph. */
module io.github.hindsight.diagram {
  requires transitive io.github.hindsight.model;
  requires static org.jspecify;

  exports io.github.hindsight.diagram;

  provides io.github.hindsight.spi.FormatProvider with
      io.github.hindsight.diagram.MermaidFormat,
      io.github.hindsight.diagram.DotFormat;
}
