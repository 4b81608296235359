package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.Effect;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Period;
import io.github.hindsight.spi.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ## Perceptions} section: each perception with its optional date, and as fields
 * {@code **About:**} (an actor's id), {@code **Held by:**} and {@code **View:**}, which it needs,
 * then {@code **Period:**} and {@code **Evidence:**}.
 */
final class PerceptionsSection extends ItemSection<Perception> {
  private static final List<String> REQUIRED = List.of("about", "held by", "view");


  PerceptionsSection(SectionContext ctx) {
    super(ctx, "perceptions");
  }

  @Override
  void item(ListItem item, ItemLine line, @Nullable BulletList nested) {
    String path = path();
    ItemAttributes attrs = attributes(item, line, path, "a perception", List.of());
    Perception.Builder p = Perception.builder().statement(line.text());
    HistoricalDate date = line.leadDate();
    if (date != null) {
      p.date(date);
    }
    Map<String, Location> seen = new HashMap<>();
    for (Field f : Field.of(ctx, nested, "a perception")) {
      f.noNested(ctx);
      if (f.is("About")) {
        f.once(ctx, seen, "a perception");
        ItemLine.CodeAndText ct = f.line().codeAndText("the actor's id in backticks, as in '- **About:** `usa`'");
        ctx.located.path(path + ".actor", ct.codeAt());
        if (ct.code() != null) {
          p.actor(ct.code());
        }
      } else if (f.is("Held by")) {
        f.once(ctx, seen, "a perception");
        p.heldBy(f.line().text());
      } else if (f.is("View")) {
        f.once(ctx, seen, "a perception");
        Effect view = ctx.word(f.line().text(), f.line().textAt(), WordSet.EFFECTS);
        if (view != null) {
          p.view(view);
        }
      } else if (f.is("Period")) {
        f.once(ctx, seen, "a perception");
        Period period = ctx.word(f.line().text(), f.line().textAt(), WordSet.PERIODS);
        if (period != null) {
          p.period(period);
        }
      } else if (f.is("Evidence")) {
        f.once(ctx, seen, "a perception");
        p.evidence(f.line().refs(path + ".evidence"));
      } else {
        ctx.unknownField("perceptions", attrs.id, f.item(), f.line(), "a perception", List.of("About", "Held by", "View", "Period", "Evidence"));
      }
    }
    for (String required : REQUIRED) {
      if (!seen.containsKey(required)) {
        ctx.located.problem(ctx.at(item), "the perception has no **" + MarkdownText.capitalised(required) + ":** field; expected one");
      }
    }
    if (seen.keySet().containsAll(REQUIRED) && isNew("perception", attrs)) {
      try {
        add(p.id(attrs.id).build());
      } catch (InvalidModelException | IllegalStateException invalid) {
        ctx.located.buildFailed(path, "perception", invalid);
      }
    }
  }
}
