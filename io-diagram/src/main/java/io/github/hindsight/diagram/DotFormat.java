package io.github.hindsight.diagram;

import io.github.hindsight.diagram.internal.DiagramWriter;
import io.github.hindsight.spi.support.SimpleFormatProvider;

/**
 * Questions as <a href="https://graphviz.org/doc/info/lang.html">Graphviz DOT</a> graphs (id
 * {@code dot}, extensions {@code .dot} and {@code .gv}), to render with {@code dot -Tsvg}: the
 * same drawing as {@link MermaidFormat}. A one-way export: evidence, sources and interpretations
 * are left out.
 */
public final class DotFormat extends SimpleFormatProvider {
  /** The format id. */
  public static final String ID = "dot";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public DotFormat() {
    super(describe(ID, "Graphviz DOT diagram", "text/vnd.graphviz").extensions("dot", "gv").writer(DiagramWriter.dot()));
  }
}
