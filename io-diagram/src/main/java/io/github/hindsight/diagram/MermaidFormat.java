package io.github.hindsight.diagram;

import io.github.hindsight.diagram.internal.DiagramWriter;
import io.github.hindsight.spi.support.SimpleFormatProvider;

/**
 * Questions as <a href="https://mermaid.js.org/syntax/flowchart.html">Mermaid flowcharts</a> (id
 * {@code mermaid}, extensions {@code .mmd} and {@code .mermaid}), which many wikis, Markdown
 * viewers and slide tools draw from text: the actors, the aims each held, coloured by what became
 * of them, and the consequences, with how each bore on each actor. A one-way export: evidence,
 * sources and interpretations are left out.
 */
public final class MermaidFormat extends SimpleFormatProvider {
  /** The format id. */
  public static final String ID = "mermaid";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public MermaidFormat() {
    super(describe(ID, "Mermaid diagram", "text/vnd.mermaid").extensions("mmd", "mermaid").writer(DiagramWriter.mermaid()));
  }
}
