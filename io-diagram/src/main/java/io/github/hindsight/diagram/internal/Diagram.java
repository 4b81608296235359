package io.github.hindsight.diagram.internal;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Reading;
import io.github.hindsight.model.Representative;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What the two diagram formats share: which parts of a question are drawn, their colours and their
 * labels. The syntaxes only spell them.
 */
final class Diagram {
  /** Labels wrap at about this many characters, so that boxes stay narrow. */
  static final int WRAP = 34;

  private Diagram() {}

  /** The colours of an outcome: fill, then border. */
  enum Colour {
    ACHIEVED("#c8e6c9", "#2e7d32"),
    PARTLY_ACHIEVED("#fff1b8", "#b88600"),
    NOT_ACHIEVED("#ffcdd2", "#c62828"),
    UNCLEAR("#e0e0e0", "#616161"),
    DEPENDS_ON_READING("#d9d0f0", "#5e35b1"),
    ACTOR("#bbdefb", "#1565c0"),
    CONSEQUENCE("#fafafa", "#757575");

    final String fill;
    final String stroke;

    Colour(String fill, String stroke) {
      this.fill = fill;
      this.stroke = stroke;
    }

    static Colour of(OutcomeStatus status) {
      return valueOf(status.name());
    }

    /** @return a name usable as a CSS class */
    String className() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The colours that say what became of objectives, for the key. */
  static List<Colour> statusColours() {
    List<Colour> colours = new ArrayList<>();
    for (OutcomeStatus status : OutcomeStatus.values()) {
      colours.add(Colour.of(status));
    }
    return colours;
  }

  /** The label of an objective: the aim, then what became of it (under each reading, if it depends). */
  static List<String> objectiveLines(Objective objective) {
    List<String> lines = new ArrayList<>(wrap(objective.statement()));
    OutcomeStatus status = objective.outcome().status();
    if (status == OutcomeStatus.DEPENDS_ON_READING) {
      for (Reading reading : objective.outcome().readings()) {
        lines.add("if " + reading.id().replace('-', ' ') + ": " + words(reading.status()));
      }
    } else {
      lines.add("→ " + words(status));
    }
    return lines;
  }

  /** The label of an actor: its name and who spoke for it. */
  static List<String> actorLines(Actor actor) {
    List<String> lines = new ArrayList<>(wrap(actor.name()));
    if (!actor.representatives().isEmpty()) {
      lines.addAll(wrap(String.join(", ", actor.representatives().stream().map(Representative::name).toList())));
    }
    return lines;
  }

  static String words(OutcomeStatus status) {
    return status.word().replace('-', ' ');
  }

  /** The colour of an effect on an actor. */
  static String effectColour(Effect effect) {
    switch (effect) {
      case POSITIVE:
        return Colour.ACHIEVED.stroke;
      case NEGATIVE:
        return Colour.NOT_ACHIEVED.stroke;
      case MIXED:
        return Colour.PARTLY_ACHIEVED.stroke;
      default:
        return Colour.UNCLEAR.stroke;
    }
  }

  /** A node name from a prefix, a kind and a model id, which is a slug. */
  static String node(String prefix, String kind, String id) {
    return prefix + "_" + kind + "_" + id.replaceAll("[^A-Za-z0-9]", "_");
  }

  /** Splits text into lines of about {@link #WRAP} characters, at spaces. */
  static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  static String joinLines(List<String> lines, UnaryOperator<String> escape, String lineBreak) {
    return lines.stream().map(escape).collect(Collectors.joining(lineBreak));
  }
}
