package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.Basis;
import io.github.hindsight.model.Horizon;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Reading;
import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ## Objectives} section: a {@code ###} heading naming the actors who hold the
 * objectives under it, then one bullet an objective, {@code - **Achieved** — statement `{#id}`},
 * with {@code **Why:**}, {@code **Evidence:**}, {@code **Before the evidence came out:**} and
 * {@code **If the intent was**} readings as nested bullets.
 */
final class ObjectivesSection implements SubHeadings.Part {
  private static final String ITEM_FORM = "a bullet such as '- **Achieved** — statement `{#id}`'";
  private static final List<String> FIELDS = List.of("Why", "Evidence", "Before the evidence came out", "If the intent was");

  private final SectionContext ctx;
  private final List<Actor> actors;
  private final List<Objective> objectives = new ArrayList<>();

  /**
   * @param ctx the document's context
   * @param actors the actors read so far, whose names a heading may give instead of ids
   */
  ObjectivesSection(SectionContext ctx, List<Actor> actors) {
    this.ctx = ctx;
    this.actors = actors;
  }

  /** @return the objectives read, in document order */
  List<Objective> objectives() {
    return objectives;
  }

  void read(SectionBlocks s) {
    SubHeadings.read(ctx, s, "group of objectives", "'### Soviet Union `ussr`'", this);
  }

  /** Reads one group: the heading naming its actors, and its objectives. */
  @Override
  public void read(Heading h, Iterable<Node> blocks) {
    List<String> holders = new ArrayList<>();
    List<Location> holderAt = new ArrayList<>();
    for (Node n = h.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Code c) {
        holders.add(c.getLiteral());
        holderAt.add(ctx.at(c));
      }
    }
    if (holders.isEmpty()) {
      String name = ctx.body.plainOf(h);
      Actor actor = actorNamed(name);
      if (actor != null) {
        holders.add(actor.id());
        holderAt.add(ctx.at(h));
      } else {
        ctx.located.problem(ctx.at(h), "unknown actor '" + name + "'; expected the actor's id in backticks, as in '### Soviet Union `ussr`', or the name of one of the actors: "
            + actorNames());
        return;
      }
    }
    for (Node b : blocks) {
      if (b instanceof BulletList l) {
        // Blank lines and other blocks may split one group's bullets into several lists.
        for (Node item = l.getFirstChild(); item != null; item = item.getNext()) {
          objective((ListItem) item, holders, holderAt);
        }
      } else {
        ctx.stray(b, Sections.OBJECTIVES, "objectives as bullets such as '- **Achieved** — statement `{#id}`'");
      }
    }
  }

  /** @return the first actor with this name or id, or null */
  private @Nullable Actor actorNamed(String name) {
    for (Actor a : actors) {
      if (a.name().equals(name) || a.id().equals(name)) {
        return a;
      }
    }
    return null;
  }

  private String actorNames() {
    StringJoiner names = new StringJoiner(", ");
    for (Actor a : actors) {
      names.add(a.name());
    }
    return names.toString();
  }

  private void objective(ListItem item, List<String> holders, List<Location> holderAt) {
    Node first = item.getFirstChild();
    if (!(first instanceof Paragraph)) {
      ctx.located.problem(ctx.at(item), "expected an objective as " + ITEM_FORM);
      return;
    }
    ItemLine line = new ItemLine(ctx, first);
    ItemAttributes attrs = new ItemAttributes(ctx, line, "an objective", List.of("horizon", "importance", "basis"));
    String path = "objectives[" + objectives.size() + "]";
    ctx.located.path(path, ctx.at(item));
    ctx.located.path(path + ".id", attrs.at);
    ctx.located.path(path + ".statement", line.textAt());
    for (int i = 0; i < holders.size(); i++) {
      ctx.located.path(path + ".actors[" + i + "]", holderAt.get(i));
    }
    OutcomeStatus status = null;
    if (line.lead == null) {
      ctx.located.problem(ctx.at(item), "the objective does not start with its outcome: expected " + ITEM_FORM + " with one of "
          + statusWords() + " in bold");
    } else {
      status = ctx.word(line.label(), line.leadAt(), WordSet.OUTCOMES);
    }
    Objective.Builder o = Objective.builder().actors(holders).statement(line.text());
    Horizon horizon = attrs.word("horizon", WordSet.HORIZONS);
    Importance importance = attrs.word("importance", WordSet.IMPORTANCES);
    Basis basis = attrs.word("basis", WordSet.BASES);
    if (horizon != null) {
      o.horizon(horizon);
    }
    if (importance != null) {
      o.importance(importance);
    }
    if (basis != null) {
      o.basis(basis);
    }
    Outcome.Builder outcome = Outcome.builder();
    ctx.located.path(path + ".outcome", line.leadAt());
    BulletList nested = null;
    for (Node n = first.getNext(); n != null; n = n.getNext()) {
      if (n instanceof BulletList b && nested == null) {
        nested = b;
      } else {
        ctx.located.problem(ctx.at(n), "unexpected " + MarkdownBody.describe(n) + " in an objective; expected its fields as nested bullets");
      }
    }
    List<Reading> readings = outcomeFields(nested, attrs.id, path, outcome);
    ctx.located.path(path + ".outcome.readings", line.leadAt());
    if (!ctx.uniqueId("objective", attrs.id, attrs.at)) {
      return;
    }
    // A stand-in for a status that could not be read keeps the objective for validation.
    OutcomeStatus s = status != null ? status : readings.size() > 1 ? OutcomeStatus.DEPENDS_ON_READING : OutcomeStatus.UNCLEAR;
    List<Reading> kept = status == null && readings.size() < 2 ? List.of() : readings;
    Outcome built;
    try {
      built = outcome.status(s).readings(kept).build();
    } catch (InvalidModelException | IllegalStateException invalid) {
      ctx.located.buildFailed(path + ".outcome", "outcome", invalid);
      return;
    }
    try {
      objectives.add(o.id(attrs.id).outcome(built).build());
    } catch (InvalidModelException | IllegalStateException invalid) {
      ctx.located.buildFailed(path, "objective", invalid);
    }
  }

  /** Reads an objective's nested fields into its outcome; returns its readings. */
  private List<Reading> outcomeFields(@Nullable BulletList nested, @Nullable String id, String path, Outcome.Builder outcome) {
    Map<String, Location> seen = new HashMap<>();
    List<Reading> readings = new ArrayList<>();
    for (Field f : Field.of(ctx, nested, "an objective")) {
      if (f.is("Why")) {
        f.once(ctx, seen, "an objective");
        f.noNested(ctx);
        ctx.located.path(path + ".outcome.rationale", f.line().textAt());
        outcome.rationale(f.line().text());
      } else if (f.is("Evidence")) {
        f.once(ctx, seen, "an objective");
        f.noNested(ctx);
        outcome.evidence(f.line().refs(path + ".outcome.evidence"));
      } else if (f.is("Before the evidence came out")) {
        f.once(ctx, seen, "an objective");
        f.noNested(ctx);
        ctx.located.path(path + ".outcome.statusBeforeEvidence", f.line().textAt());
        OutcomeStatus before = ctx.word(f.line().text(), f.line().textAt(), WordSet.OUTCOMES);
        if (before != null) {
          outcome.statusBeforeEvidence(before);
        }
      } else if (f.is("If the intent was")) {
        Reading r = reading(f, path + ".outcome.readings[" + readings.size() + "]");
        if (r != null) {
          readings.add(r);
        }
      } else {
        ctx.unknownField("objectives", id, f.item(), f.line(), "an objective", FIELDS);
      }
    }
    return readings;
  }

  private static String statusWords() {
    List<String> words = new ArrayList<>();
    for (OutcomeStatus s : OutcomeStatus.values()) {
      words.add("**" + MarkdownText.capitalised(s.word()) + "**");
    }
    return String.join(", ", words);
  }

  private @Nullable Reading reading(Field f, String path) {
    ItemAttributes attrs = new ItemAttributes(ctx, f.line(), "a reading", List.of());
    ctx.located.path(path, f.line().leadAt());
    ctx.located.path(path + ".id", attrs.at);
    Reading.Builder r = Reading.builder().intent(f.line().text());
    Map<String, Location> seen = new HashMap<>();
    OutcomeStatus status = null;
    for (Field g : Field.of(ctx, f.nested(), "a reading")) {
      g.noNested(ctx);
      if (g.is("Then")) {
        g.once(ctx, seen, "a reading");
        ctx.located.path(path + ".status", g.line().textAt());
        status = ctx.word(g.line().text(), g.line().textAt(), WordSet.OUTCOMES);
      } else if (g.is("Why")) {
        g.once(ctx, seen, "a reading");
        r.rationale(g.line().text());
      } else if (g.is("Evidence")) {
        g.once(ctx, seen, "a reading");
        r.evidence(g.line().refs(path + ".evidence"));
      } else if (g.is("Before the evidence came out")) {
        g.once(ctx, seen, "a reading");
        ctx.located.path(path + ".statusBeforeEvidence", g.line().textAt());
        OutcomeStatus before = ctx.word(g.line().text(), g.line().textAt(), WordSet.OUTCOMES);
        if (before != null) {
          r.statusBeforeEvidence(before);
        }
      } else {
        ctx.located.problem(g.line().leadAt(), "unknown field '" + g.line().label()
            + "' of a reading; expected one of **Then:**, **Why:**, **Evidence:**, **Before the evidence came out:**");
      }
    }
    if (status == null) {
      if (!seen.containsKey("then")) {
        ctx.located.problem(f.line().leadAt(), "the reading does not say what follows from it: expected a nested bullet such as '- **Then:** not achieved'");
      }
      return null;
    }
    if (attrs.id == null) {
      return null;
    }
    try {
      return r.id(attrs.id).status(status).build();
    } catch (InvalidModelException | IllegalStateException invalid) {
      ctx.located.buildFailed(path, "reading", invalid);
      return null;
    }
  }
}
