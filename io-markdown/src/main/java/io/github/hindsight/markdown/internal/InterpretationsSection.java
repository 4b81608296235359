package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.Provenance;
import io.github.hindsight.model.Stance;
import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The {@code ## Interpretations} section: a {@code ### Interpretation `kennedy-victory`} heading
 * for each, its claim as a block quote, then its fields: whom it favours, the evidence for and
 * against it, its stance on the question's statement, the source entry of its work, and its
 * provenance (author, work, date, school, nature, origin, purpose).
 */
final class InterpretationsSection implements SubHeadings.Part {
  private static final String FORM = "'### Interpretation `kennedy-victory`'";
  private static final List<String> FIELDS = List.of("Favours", "Stance", "Source", "Author", "Work", "Date", "School", "Nature", "Origin", "Purpose", "Supported by", "Challenged by");

  private final SectionContext ctx;
  private final List<Interpretation> interpretations = new ArrayList<>();

  InterpretationsSection(SectionContext ctx) {
    this.ctx = ctx;
  }

  /** @return the interpretations read, in document order */
  List<Interpretation> interpretations() {
    return interpretations;
  }

  void read(SectionBlocks s) {
    SubHeadings.read(ctx, s, "interpretation", FORM, this);
  }

  /** Reads one interpretation: its heading, its claim and its fields. */
  @Override
  public void read(Heading h, Iterable<Node> blocks) {
    SubHeadings.Named named = SubHeadings.named(ctx, h, FORM);
    String path = "interpretations[" + interpretations.size() + "]";
    ctx.located.path(path, ctx.at(h));
    Interpretation.Builder in = Interpretation.builder();
    Provenance.Builder prov = Provenance.builder();
    String claim = null;
    BulletList list = null;
    for (Node b : blocks) {
      if (b instanceof BlockQuote q && claim == null) {
        Node p = q.getFirstChild();
        if (!(p instanceof Paragraph) || p.getNext() != null) {
          ctx.located.problem(ctx.at(q), "expected the claim as one paragraph in the block quote");
          claim = "";
        } else {
          ctx.located.path(path + ".claim", ctx.at(p));
          claim = ctx.body.plainOf(p);
        }
      } else if (b instanceof BulletList l && list == null) {
        list = l;
      } else {
        ctx.stray(b, Sections.INTERPRETATIONS, "the claim as a block quote ('> ...') and then the fields as bullets");
      }
    }
    if (claim == null) {
      ctx.located.problem(ctx.at(h), "the interpretation has no claim: expected it as a block quote, such as '> Kennedy forced Khrushchev to back down.', under the heading");
    }
    Map<String, Location> seen = new HashMap<>();
    for (Field f : Field.of(ctx, list, "an interpretation")) {
      f.noNested(ctx);
      String label = f.line().label().toLowerCase(Locale.ROOT);
      if (!isField(label)) {
        ctx.unknownField("interpretations", named.id(), f.item(), f.line(), "an interpretation", FIELDS);
        continue;
      }
      f.once(ctx, seen, "an interpretation");
      field(f, label, path, in, prov);
      ctx.located.path(path + ".provenance." + label, f.line().textAt());
    }
    if (claim == null || named.id() == null || !ctx.uniqueId("interpretation", named.id(), named.idAt())) {
      return;
    }
    ctx.located.path(path + ".provenance", ctx.at(h));
    Provenance provenance;
    try {
      provenance = prov.build();
    } catch (InvalidModelException | IllegalStateException invalid) {
      ctx.located.buildFailed(path + ".provenance", "provenance", invalid);
      return;
    }
    try {
      interpretations.add(in.id(named.id()).claim(claim).provenance(provenance).build());
    } catch (InvalidModelException | IllegalStateException invalid) {
      ctx.located.buildFailed(path, "interpretation", invalid);
    }
  }

  private static boolean isField(String label) {
    for (String field : FIELDS) {
      if (field.equalsIgnoreCase(label)) {
        return true;
      }
    }
    return false;
  }

  private void field(Field f, String label, String path, Interpretation.Builder in, Provenance.Builder prov) {
    switch (label) {
      case "favours" -> in.favours(f.line().refs(path + ".favours"));
      case "stance" -> {
        Stance s = ctx.word(f.line().text(), f.line().textAt(), WordSet.STANCES);
        if (s != null) {
          in.stance(s);
        }
      }
      case "source" -> {
        ItemLine.CodeAndText ct = f.line().codeAndText("the source's id in backticks, as in '- **Source:** `thirteen-days`'");
        ctx.located.path(path + ".source", ct.codeAt());
        if (ct.code() != null) {
          in.source(ct.code());
        }
      }
      case "supported by" -> in.supportingEvidence(f.line().refs(path + ".supportingEvidence"));
      case "challenged by" -> in.challengingEvidence(f.line().refs(path + ".challengingEvidence"));
      case "author" -> prov.author(f.line().text());
      case "work" -> prov.work(f.line().text());
      case "school" -> prov.school(f.line().text());
      case "nature" -> prov.nature(f.line().text());
      case "origin" -> prov.origin(f.line().text());
      case "purpose" -> prov.purpose(f.line().text());
      default -> {
        HistoricalDate d = ctx.date(f.line().text(), f.line().textAt());
        if (d != null) {
          prov.date(d);
        }
      }
    }
  }
}
