package io.github.hindsight.diagram.internal;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.support.AbstractExportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Writes a diagram of some questions in one syntax. A document of one question is titled with its
 * prompt and drawn without a frame; a document of several draws each in a frame of its own, titled
 * with its prompt. Evidence, sources, interpretations and topics are left out by design.
 */
public final class DiagramWriter extends AbstractExportWriter {
  private final Syntax syntax;

  private DiagramWriter(Syntax syntax) {
    this.syntax = syntax;
  }

  /** @return the writer of Mermaid flowcharts */
  public static DiagramWriter mermaid() {
    return new DiagramWriter(new MermaidSyntax());
  }

  /** @return the writer of Graphviz DOT graphs */
  public static DiagramWriter dot() {
    return new DiagramWriter(new DotSyntax());
  }

  @Override
  protected void writeDocument(List<Question> questions, List<Topic> topics, OutputStream out) throws IOException {
    boolean alone = questions.size() == 1;
    StringBuilder text = new StringBuilder(syntax.header(alone ? Optional.of(questions.get(0).prompt()) : Optional.empty()));
    for (int i = 0; i < questions.size(); i++) {
      text.append(syntax.question(questions.get(i), "q" + i, alone));
    }
    text.append(syntax.footer());
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
