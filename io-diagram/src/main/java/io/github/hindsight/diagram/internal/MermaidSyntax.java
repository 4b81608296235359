package io.github.hindsight.diagram.internal;

import static io.github.hindsight.diagram.internal.Diagram.actorLines;
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
import java.util.Locale;
import java.util.Optional;

/**
 * Questions as <a href="https://mermaid.js.org/syntax/flowchart.html">Mermaid flowcharts</a>, which
 * many wikis, Markdown viewers and slide tools draw from text. Write-only and one-way: evidence,
 * sources and interpretations are left out.
 */
final class MermaidSyntax implements Syntax {
  @Override
  public String header(Optional<String> title) {
    StringBuilder sb = new StringBuilder();
    title.ifPresent(t -> sb.append("---\ntitle: \"").append(yamlText(t)).append("\"\n---\n"));
    return sb.append("flowchart LR\n").toString();
  }

  @Override
  public String question(Question question, String prefix, boolean alone) {
    StringBuilder sb = new StringBuilder();
    String indent = alone ? "  " : "    ";
    if (!alone) {
      sb.append("  subgraph ").append(prefix).append("[\"").append(escape(question.prompt())).append("\"]\n");
      sb.append("    direction LR\n");
    }
    for (Actor actor : question.actors()) {
      sb.append(indent).append(node(prefix, "a", actor.id())).append("([\"").append(label(actorLines(actor)))
          .append("\"]):::actor\n");
    }
    for (Objective objective : question.objectives()) {
      String node = node(prefix, "o", objective.id());
      sb.append(indent).append(node).append("[\"").append(label(objectiveLines(objective))).append("\"]:::")
          .append(cssClass(Colour.of(objective.outcome().status()))).append('\n');
      for (String actor : objective.actors()) {
        sb.append(indent).append(node(prefix, "a", actor)).append(" --> ").append(node).append('\n');
      }
    }
    for (Consequence consequence : question.consequences()) {
      String node = node(prefix, "c", consequence.id());
      sb.append(indent).append(node).append("{{\"").append(label(wrap(consequence.statement()))).append("\"}}:::consequence\n");
      for (ActorEffect effect : consequence.effects()) {
        sb.append(indent).append(node(prefix, "a", effect.actor())).append(" -.->|\"").append(effect.effect().word())
            .append("\"| ").append(node).append('\n');
      }
    }
    if (!alone) {
      sb.append("  end\n");
    }
    return sb.toString();
  }

  @Override
  public String footer() {
    StringBuilder sb = new StringBuilder("  subgraph key[\"Key\"]\n");
    for (Colour colour : statusColours()) {
      sb.append("    key_").append(cssClass(colour)).append("[\"").append(colour.className().replace('-', ' ')).append("\"]:::")
          .append(cssClass(colour)).append('\n');
    }
    sb.append("  end\n");
    for (Colour colour : Colour.values()) {
      sb.append("  classDef ").append(cssClass(colour)).append(" fill:").append(colour.fill).append(",stroke:")
          .append(colour.stroke).append(",color:#1a1a1a\n");
    }
    return sb.toString();
  }

  /** The inside of a YAML double-quoted string, on one line. */
  private static String yamlText(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", " ").replace("\n", " ");
  }

  private static String cssClass(Colour colour) {
    return colour.name().toLowerCase(Locale.ROOT);
  }

  private static String label(List<String> lines) {
    return joinLines(lines, MermaidSyntax::escape, "<br/>");
  }

  /** Mermaid reads {@code #code;} as a character, so anything that could be syntax or markup is spelt that way. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '#' || c == '<' || c == '>' || c == '&' || c == '`' || c == '\n' || c == '\r') {
        sb.append('#').append(c == '\n' || c == '\r' ? ' ' : c).append(';');
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }
}
