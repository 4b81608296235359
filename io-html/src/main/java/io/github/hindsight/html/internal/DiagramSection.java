package io.github.hindsight.html.internal;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Reading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The diagram of the question, laid out by Hindsight itself: the aims on the left, coloured and
 * labelled by what became of them, the actors in the middle, the consequences on the right with
 * how each bore on each actor written in its box. A table of the consequences is its text
 * equivalent; the aims are listed, with their status, in the section on the actors.
 */
final class DiagramSection {
  private static final double WIDTH = 960;
  private static final double AIM_X = 8;
  private static final double AIM_W = 330;
  private static final double ACTOR_X = 400;
  private static final double ACTOR_W = 170;
  private static final double CON_X = 632;
  private static final double CON_W = 320;
  private static final double LINE = 15;
  private static final double GAP = 10;

  private DiagramSection() {}

  /** A box: where it is, and its lines of text. */
  private record Box(double x, double y, double w, List<String> lines) {
    double height() {
      return lines.size() * LINE + 10;
    }

    double middle() {
      return y + height() / 2;
    }
  }

  static void render(Page page, StringBuilder out) {
    page.section(out, "diagram", "Actors, aims and consequences");
    out.append("<figure>\n").append(drawing(page)).append("<figcaption>Aims on the left, each with what became of it; actors in the middle;"
        + " consequences on the right, each saying how it bore on each actor.</figcaption>\n</figure>\n");
    table(page, out);
    out.append("</section>\n");
  }

  private static String drawing(Page page) {
    List<Box> aims = new ArrayList<>();
    double y = GAP;
    for (Objective o : page.question.objectives()) {
      List<String> lines = new ArrayList<>(wrap(o.statement(), 46));
      if (o.outcome().status() == OutcomeStatus.DEPENDS_ON_READING) {
        for (Reading r : o.outcome().readings()) {
          lines.add("if " + Svg.cut(r.intent(), 30) + ": " + Palette.words(r.status()));
        }
      } else {
        lines.add("→ " + Palette.words(o.outcome().status()));
      }
      Box b = new Box(AIM_X, y, AIM_W, lines);
      aims.add(b);
      y += b.height() + GAP;
    }
    List<Box> consequences = new ArrayList<>();
    double yc = GAP;
    for (Consequence c : page.question.consequences()) {
      List<String> lines = new ArrayList<>(wrap(c.statement(), 44));
      lines.addAll(wrap(String.join("; ", c.effects().stream().map(e -> Svg.cut(page.actor(e.actor()), 16).replace(' ', '\u00a0') + ":\u00a0"
          + e.effect().word()).toList()), 44));
      Box b = new Box(CON_X, yc, CON_W, lines);
      consequences.add(b);
      yc += b.height() + GAP;
    }
    double actorsHeight = 0;
    List<List<String>> actorLines = new ArrayList<>();
    for (Actor a : page.question.actors()) {
      List<String> lines = wrap(a.name(), 22);
      actorLines.add(lines);
      actorsHeight += lines.size() * LINE + 10 + GAP * 3;
    }
    double height = Math.max(Math.max(y, yc), actorsHeight + GAP) + GAP;
    aims = centred(aims, y, height);
    consequences = centred(consequences, yc, height);
    Map<String, Box> actors = new HashMap<>();
    double ya = (height - actorsHeight) / 2 + GAP;
    for (int i = 0; i < page.question.actors().size(); i++) {
      Box b = new Box(ACTOR_X, ya, ACTOR_W, actorLines.get(i));
      actors.put(page.question.actors().get(i).id(), b);
      ya += b.height() + GAP * 3;
    }
    Svg svg = new Svg(page.id("diagram-drawing"), WIDTH, height, "Diagram of the actors, their aims and the consequences",
        "Each aim joined to the actors that held it, and each consequence joined to the actors it bore on; the same facts are listed in the section on the actors and in the table of consequences.");
    for (int i = 0; i < aims.size(); i++) {
      Objective o = page.question.objectives().get(i);
      Box b = aims.get(i);
      for (String holder : o.actors()) {
        Box a = actors.get(holder);
        if (a != null) {
          svg.line(b.x() + b.w(), b.middle(), a.x(), a.middle(), Palette.of(o.outcome().status()).mark, false);
        }
      }
    }
    for (int i = 0; i < consequences.size(); i++) {
      Box b = consequences.get(i);
      for (ActorEffect e : page.question.consequences().get(i).effects()) {
        Box a = actors.get(e.actor());
        if (a != null) {
          svg.line(a.x() + a.w(), a.middle(), b.x(), b.middle(), Palette.of(e.effect()).mark, true);
        }
      }
    }
    for (int i = 0; i < aims.size(); i++) {
      box(svg, aims.get(i), Palette.of(page.question.objectives().get(i).outcome().status()), false);
    }
    for (Box b : actors.values().stream().sorted((p, q) -> Double.compare(p.y(), q.y())).toList()) {
      box(svg, b, null, true);
    }
    consequences.forEach(b -> box(svg, b, null, false));
    return svg.end();
  }

  /** The boxes of a column moved down so that the column sits in the middle of the drawing. */
  private static List<Box> centred(List<Box> boxes, double used, double height) {
    double shift = Math.max(0, (height - used) / 2);
    return boxes.stream().map(b -> new Box(b.x(), b.y() + shift, b.w(), b.lines())).toList();
  }

  private static void box(Svg svg, Box b, Palette.@Nullable Tone tone, boolean bold) {
    svg.rect(b.x(), b.y(), b.w(), b.height(), tone == null ? (bold ? "#dbe8f5" : "#f5f5f5") : tone.fill,
        tone == null ? (bold ? Palette.series(0) : Palette.MUTED) : tone.mark, "");
    for (int l = 0; l < b.lines().size(); l++) {
      svg.text(b.x() + 6, b.y() + 5 + (l + 0.8) * LINE, b.lines().get(l), "start", Palette.TEXT, 12, bold || (tone != null && l == b.lines().size() - 1));
    }
  }

  private static void table(Page page, StringBuilder out) {
    out.append("<table>\n<caption>The diagram as a table: each actor, its aims and what followed for it</caption>\n<thead><tr>"
        + "<th scope=\"col\">Actor</th><th scope=\"col\">Aims, and what became of each</th><th scope=\"col\">Consequences for it</th></tr></thead>\n<tbody>\n");
    for (Actor a : page.question.actors()) {
      out.append("<tr><th scope=\"row\">").append(Html.text(a.name())).append("</th><td>");
      page.question.objectives().stream().filter(o -> o.actors().contains(a.id())).forEach(o -> out.append(Html.text(o.statement())).append(' ')
          .append(AimsSection.badge(o.outcome().status())).append("<br>"));
      out.append("</td><td>");
      for (Consequence c : page.question.consequences()) {
        c.effects().stream().filter(e -> e.actor().equals(a.id())).forEach(e -> out.append(Html.text(c.statement())).append(" <span class=\"badge tone-")
            .append(Palette.of(e.effect()).css()).append("\">").append(e.effect().word()).append("</span><br>"));
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    if (page.question.consequences().isEmpty()) {
      return;
    }
    out.append("<table>\n<caption>The consequences and how each bore on each actor</caption>\n<thead><tr><th scope=\"col\">Consequence</th>"
        + "<th scope=\"col\">Date</th><th scope=\"col\">Horizon</th><th scope=\"col\">For each actor</th></tr></thead>\n<tbody>\n");
    for (Consequence c : page.question.consequences()) {
      out.append("<tr><td>").append(Html.text(c.statement())).append(c.balanceOfPower() ? " <span class=\"note\">(moved the balance of power)</span>" : "")
          .append("</td><td class=\"date\">").append(Html.text(Page.date(c.date()))).append("</td><td>").append(Html.text(c.horizon().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')))
          .append("</td><td>");
      for (ActorEffect e : c.effects()) {
        out.append("<span class=\"badge tone-").append(Palette.of(e.effect()).css()).append("\">").append(Html.text(page.actor(e.actor())))
            .append(": ").append(e.effect().word()).append("</span> ");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /** Splits text into lines of about a width, at spaces; a word longer than the width is cut. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      String w = Svg.cut(word, width);
      if (line.length() > 0 && line.length() + 1 + w.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(w);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
