package io.github.hindsight.html.internal;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorRole;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Reading;
import io.github.hindsight.model.Representative;
import java.util.List;

/**
 * Each actor with its aims, each aim coloured and labelled by what became of it; an aim that
 * depends on the reading of intent shows its readings side by side.
 */
final class AimsSection {
  private AimsSection() {}

  static void render(Page page, StringBuilder out) {
    page.section(out, "aims", "The actors and their aims");
    out.append("<div>\n");
    for (Actor actor : page.question.actors()) {
      out.append("<article class=\"card\" aria-labelledby=\"").append(page.id("actor", actor.id())).append("\">\n<h3 id=\"")
          .append(page.id("actor", actor.id())).append("\">").append(Html.text(actor.name())).append("</h3>\n<p class=\"note\">")
          .append(Html.text(role(actor.role())));
      if (!actor.representatives().isEmpty()) {
        out.append("; spoken for by ").append(Html.text(String.join(", ", actor.representatives().stream().map(AimsSection::representative).toList())));
      }
      if (!actor.members().isEmpty()) {
        out.append("; made up of ").append(Html.text(String.join(", ", actor.members().stream().map(page::actor).toList())));
      }
      out.append(".</p>\n");
      List<Objective> aims = page.question.objectives().stream().filter(o -> o.actors().contains(actor.id())).toList();
      if (aims.isEmpty()) {
        out.append("<p>No aims are recorded.</p>\n");
      } else {
        out.append("<ul class=\"aims\">\n");
        aims.forEach(o -> aim(page, o, out));
        out.append("</ul>\n");
      }
      out.append("</article>\n");
    }
    out.append("</div>\n</section>\n");
  }

  private static String representative(Representative r) {
    if (r.from().isEmpty() && r.until().isEmpty()) {
      return r.name();
    }
    return r.name() + " (" + r.from().map(Object::toString).orElse("") + "–" + r.until().map(Object::toString).orElse("") + ")";
  }

  static String role(ActorRole role) {
    return switch (role) {
      case SIDE -> "A side";
      case AFFECTED -> "A party affected, not a side";
      case MEDIATOR -> "A mediator, not a side";
      case OBSERVER -> "An observer, not a side";
    };
  }

  private static void aim(Page page, Objective o, StringBuilder out) {
    OutcomeStatus status = o.outcome().status();
    out.append("<li class=\"tone-").append(Palette.of(status).css()).append("\">").append(badge(status)).append(' ')
        .append(Html.text(o.statement())).append(" <span class=\"note\">(importance ").append(o.importance().name().toLowerCase(java.util.Locale.ROOT));
    if (o.isShared()) {
      out.append(", shared with ").append(Html.text(String.join(", ", o.actors().stream().map(page::actor).toList())));
    }
    out.append(")</span>");
    if (!o.outcome().rationale().isBlank()) {
      out.append("<br><span class=\"note\">").append(Html.text(o.outcome().rationale())).append("</span>");
    }
    o.outcome().statusBeforeEvidence().ifPresent(s -> out.append("<br><span class=\"note\">Before the evidence came out: </span>").append(badge(s)));
    if (!o.outcome().readings().isEmpty()) {
      out.append("\n<div class=\"readings\" role=\"group\" aria-label=\"Readings of intent\">\n");
      for (Reading r : o.outcome().readings()) {
        out.append("<div><p><strong>If the intent was:</strong> ").append(Html.text(r.intent())).append("</p><p>Then ")
            .append(badge(r.status())).append("</p>");
        if (!r.rationale().isBlank()) {
          out.append("<p class=\"note\">").append(Html.text(r.rationale())).append("</p>");
        }
        r.statusBeforeEvidence().ifPresent(s -> out.append("<p class=\"note\">Before the evidence came out: ").append(badge(s)).append("</p>"));
        out.append("</div>\n");
      }
      out.append("</div>");
    }
    out.append("</li>\n");
  }

  /** What became of an aim, in words on its colour: never the colour alone. */
  static String badge(OutcomeStatus status) {
    return "<span class=\"badge tone-" + Palette.of(status).css() + "\">" + Html.text(Palette.words(status)) + "</span>";
  }
}
