package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorKind;
import io.github.hindsight.model.ActorRole;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.Representative;
import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ## Actors} section: a {@code ### Soviet Union `ussr`} heading for each actor, then
 * its fields: {@code **Kind:**}, {@code **Role:**}, {@code **Members:**} (of a coalition),
 * {@code **Represented by:**} (with {@code **From:**} and {@code **Until:**} dates as nested
 * bullets for a representative of part of the period) and {@code **Identifier:**}.
 */
final class ActorsSection implements SubHeadings.Part {
  private static final String FORM = "'### Soviet Union `ussr`'";
  private static final List<String> FIELDS = List.of("Kind", "Role", "Members", "Represented by", "Identifier");

  private final SectionContext ctx;
  private final List<Actor> actors = new ArrayList<>();

  ActorsSection(SectionContext ctx) {
    this.ctx = ctx;
  }

  /** @return the actors read, in document order */
  List<Actor> actors() {
    return actors;
  }

  void read(SectionBlocks s) {
    SubHeadings.read(ctx, s, "actor", FORM, this);
  }

  /** Reads one actor: its heading and its fields. */
  @Override
  public void read(Heading h, Iterable<Node> blocks) {
    SubHeadings.Named named = SubHeadings.named(ctx, h, FORM);
    String path = "actors[" + actors.size() + "]";
    Actor.Builder a = Actor.builder().name(named.name());
    Map<String, Location> seen = new HashMap<>();
    Map<String, Location> schemes = new HashMap<>();
    int representatives = 0;
    for (Field f : Field.of(ctx, SubHeadings.onlyList(ctx, blocks, Sections.ACTORS, "actor"), "an actor")) {
      if (!f.is("Represented by")) {
        f.noNested(ctx);
      }
      if (f.is("Kind")) {
        f.once(ctx, seen, "an actor");
        ActorKind k = ctx.word(f.line().text(), f.line().textAt(), WordSet.ACTOR_KINDS);
        if (k != null) {
          a.kind(k);
        }
      } else if (f.is("Role")) {
        f.once(ctx, seen, "an actor");
        ActorRole r = ctx.word(f.line().text(), f.line().textAt(), WordSet.ACTOR_ROLES);
        if (r != null) {
          a.role(r);
        }
      } else if (f.is("Members")) {
        f.once(ctx, seen, "an actor");
        a.members(f.line().refs(path + ".members"));
      } else if (f.is("Represented by")) {
        Representative r = representative(f, path + ".representatives[" + representatives++ + "]");
        if (r != null) {
          a.addRepresentative(r);
        }
      } else if (f.is("Identifier")) {
        identifier(f, a, schemes);
      } else {
        ctx.unknownField("actors", named.id(), f.item(), f.line(), "an actor", FIELDS);
      }
    }
    if (named.id() == null || !ctx.uniqueId("actor", named.id(), named.idAt())) {
      return;
    }
    ctx.located.path(path, ctx.at(h));
    ctx.located.path(path + ".id", named.idAt());
    try {
      actors.add(a.id(named.id()).build());
    } catch (InvalidModelException | IllegalStateException invalid) {
      ctx.located.buildFailed(path, "actor", invalid);
    }
  }

  /** A representative's name, then its period as nested {@code **From:**} and {@code **Until:**} fields. */
  private @Nullable Representative representative(Field f, String path) {
    Representative.Builder r = Representative.builder().name(f.line().text());
    ctx.located.path(path, f.line().textAt());
    ctx.located.path(path + ".name", f.line().textAt());
    Map<String, Location> seen = new HashMap<>();
    for (Field p : Field.of(ctx, f.nested(), "a representative")) {
      p.noNested(ctx);
      if (p.is("From") || p.is("Until")) {
        p.once(ctx, seen, "a representative");
        String member = p.is("From") ? "from" : "until";
        ctx.located.path(path + "." + member, p.line().textAt());
        HistoricalDate d = ctx.date(p.line().text(), p.line().textAt());
        if (d != null && member.equals("from")) {
          r.from(d);
        } else if (d != null) {
          r.until(d);
        }
      } else {
        ctx.located.problem(p.line().leadAt(), "unknown field **" + p.line().label() + ":** of a representative; expected From or Until");
      }
    }
    try {
      return r.build();
    } catch (InvalidModelException | IllegalStateException invalid) {
      ctx.located.buildFailed(path, "representative", invalid);
      return null;
    }
  }

  private void identifier(Field f, Actor.Builder a, Map<String, Location> schemes) {
    ItemLine.CodeAndText ct = f.line().codeAndText("a scheme in backticks and a value, such as `wikidata` Q15180");
    if (ct.code() == null) {
      return;
    }
    Location first = schemes.putIfAbsent(ct.code(), f.line().leadAt());
    if (first == null) {
      a.putIdentifier(ct.code(), ct.text());
    } else {
      ctx.located.problem(f.line().leadAt(), "an identifier in the scheme '" + ct.code() + "' is given twice (first at line "
          + first.line().orElse(0) + "); expected one identifier a scheme");
    }
  }
}
