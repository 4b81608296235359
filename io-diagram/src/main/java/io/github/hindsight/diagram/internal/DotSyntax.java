package io.github.hindsight.diagram.internal;

import static io.github.hindsight.diagram.internal.Diagram.actorLines;
import static io.github.hindsight.diagram.internal.Diagram.effectColour;
import static io.github.hindsight.diagram.internal.Diagram.joinLines;
import static io.github.hindsight.diagram.internal.Diagram.node;
import static io.github.hindsight.diagram.internal.Diagram.objectiveLines;
import static io.github.hindsight.diagram.internal.Diagram.statusColours;
import static io.github.hindsight.diagram.internal.Diagram.wrap;

import io.github.hindsight.diagram.internal.Diagram.Colour;
import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Question;
import java.util.List;
import java.util.Optional;

/**
 * Questions as <a href="https://graphviz.org/doc/info/lang.html">Graphviz DOT</a> graphs, to render
 * with {@code dot -Tsvg}. Write-only and one-way: evidence, sources and interpretations are left
 * out.
 */
final class DotSyntax implements Syntax {
  private static final String FONT = "Helvetica";

  @Override
  public String header(Optional<String> title) {
    StringBuilder sb = new StringBuilder("digraph hindsight {\n");
    sb.append("  graph [rankdir=LR, fontname=\"").append(FONT).append("\", fontsize=20, labelloc=t, nodesep=0.2, ranksep=0.5");
    title.ifPresent(t -> sb.append(", label=\"").append(escape(t)).append("\""));
    sb.append("]\n");
    sb.append("  node [fontname=\"").append(FONT).append("\", fontsize=11, shape=box, style=\"rounded,filled\", penwidth=1.5]\n");
    sb.append("  edge [fontname=\"").append(FONT).append("\", fontsize=9, color=\"#555555\"]\n");
    return sb.toString();
  }

  @Override
  public String question(Question question, String prefix, boolean alone) {
    StringBuilder sb = new StringBuilder();
    String indent = alone ? "  " : "    ";
    if (!alone) {
      sb.append("  subgraph cluster_").append(prefix).append(" {\n");
      sb.append("    label=\"").append(escape(question.prompt())).append("\"; fontsize=16; color=\"#9e9e9e\"\n");
    }
    for (Actor actor : question.actors()) {
      sb.append(indent).append(node(prefix, "a", actor.id())).append(" [label=\"").append(label(actorLines(actor)))
          .append("\", shape=ellipse").append(colours(Colour.ACTOR)).append(", fontsize=13]\n");
    }
    for (Objective objective : question.objectives()) {
      String node = node(prefix, "o", objective.id());
      sb.append(indent).append(node).append(" [label=\"").append(label(objectiveLines(objective))).append('"')
          .append(colours(Colour.of(objective.outcome().status()))).append("]\n");
      for (String actor : objective.actors()) {
        // Drawn backwards so that aims sit left of the actors and consequences right of them.
        sb.append(indent).append(node).append(" -> ").append(node(prefix, "a", actor)).append(" [dir=back]\n");
      }
    }
    for (Consequence consequence : question.consequences()) {
      String node = node(prefix, "c", consequence.id());
      sb.append(indent).append(node).append(" [label=\"").append(label(wrap(consequence.statement())))
          .append("\", shape=note, style=filled").append(colours(Colour.CONSEQUENCE)).append("]\n");
      for (ActorEffect effect : consequence.effects()) {
        String colour = effectColour(effect.effect());
        sb.append(indent).append(node(prefix, "a", effect.actor())).append(" -> ").append(node)
            .append(" [style=dashed, color=\"").append(colour).append("\", fontcolor=\"").append(colour)
            .append("\", label=\"").append(effect.effect().word()).append("\"]\n");
      }
    }
    if (!alone) {
      sb.append("  }\n");
    }
    return sb.toString();
  }

  @Override
  public String footer() {
    // One table rather than a node a colour, so that the key does not stretch the layout.
    StringBuilder sb = new StringBuilder("  key [shape=plaintext, style=\"\", label=<<table border=\"0\" cellspacing=\"4\">");
    sb.append("<tr><td><b>Key</b></td></tr>");
    for (Colour colour : statusColours()) {
      sb.append("<tr><td bgcolor=\"").append(colour.fill).append("\" color=\"").append(colour.stroke).append("\" border=\"1\">")
          .append(colour.className().replace('-', ' ')).append("</td></tr>");
    }
    return sb.append("</table>>]\n}\n").toString();
  }

  private static String colours(Colour colour) {
    return ", fillcolor=\"" + colour.fill + "\", color=\"" + colour.stroke + "\"";
  }

  private static String label(List<String> lines) {
    return joinLines(lines, DotSyntax::escape, "\\n");
  }

  /** DOT strings end at a quote, and a backslash starts an escape such as {@code \N}, so both are doubled up. */
  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", " ").replace("\n", " ");
  }
}
