package io.github.hindsight.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.testkit.FormatContractTest;
import io.github.hindsight.testkit.WrittenDocument;
import org.junit.jupiter.api.Test;

/**
 * The Graphviz exporter meets the contract for one-way formats, and every document it writes, by
 * every path, is rendered to SVG by Graphviz's own {@code dot} without an error or a warning.
 */
class DotFormatContractTest extends FormatContractTest {
  @Override
  protected FormatProvider format() {
    return new DotFormat();
  }

  /** Needs Graphviz: skipped without it, except in continuous integration, where it fails. */
  @Test
  @Override
  public void writtenDocumentsHaveTheirStructure() throws Exception {
    Graphviz.assumeAvailable();
    super.writtenDocumentsHaveTheirStructure();
  }

  @Override
  protected void checkStructure(WrittenDocument document) throws Exception {
    assertThat(document.text()).startsWith("digraph hindsight {");
    String svg = Graphviz.svg(document.text());
    assertThat(svg).contains("<svg");
    for (Question question : document.questions()) {
      // Every actor is drawn, under its own node name, which Graphviz keeps as the node's title.
      question.actors().forEach(a -> assertThat(svg).contains("_a_" + a.id().replaceAll("[^A-Za-z0-9]", "_") + "</title>"));
    }
  }
}
