package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.Quantity;
import io.github.hindsight.spi.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ## Evidence} section: each piece of evidence with its optional date, and as fields
 * {@code **Known from:**} (a date), {@code **Source:**} (a source's id) and {@code **Quantity:**}
 * (a figure such as {@code about 2300000 tons}, repeated for each).
 */
final class EvidenceSection extends ItemSection<Evidence> {
  EvidenceSection(SectionContext ctx) {
    super(ctx, "evidence");
  }

  @Override
  void item(ListItem item, ItemLine line, @Nullable BulletList nested) {
    String path = path();
    ItemAttributes attrs = attributes(item, line, path, "a piece of evidence", List.of());
    Evidence.Builder e = Evidence.builder().statement(line.text());
    HistoricalDate date = line.leadDate();
    if (date != null) {
      e.date(date);
    }
    Map<String, Location> seen = new HashMap<>();
    int quantities = 0;
    for (Field f : Field.of(ctx, nested, "a piece of evidence")) {
      f.noNested(ctx);
      if (f.is("Known from")) {
        f.once(ctx, seen, "a piece of evidence");
        ctx.located.path(path + ".knownFrom", f.line().textAt());
        HistoricalDate d = ctx.date(f.line().text(), f.line().textAt());
        if (d != null) {
          e.knownFrom(d);
        }
      } else if (f.is("Source")) {
        f.once(ctx, seen, "a piece of evidence");
        ItemLine.CodeAndText ct = f.line().codeAndText("the source's id in backticks, as in '- **Source:** `thirteen-days`'");
        ctx.located.path(path + ".source", ct.codeAt());
        if (ct.code() != null) {
          e.source(ct.code());
        }
      } else if (f.is("Quantity")) {
        ctx.located.path(path + ".quantities[" + quantities + "]", f.line().textAt());
        quantities++;
        try {
          e.addQuantity(Quantity.parse(f.line().text()));
        } catch (IllegalArgumentException bad) {
          ctx.located.problem(f.line().textAt(), bad.getMessage());
        }
      } else {
        ctx.unknownField("evidence", attrs.id, f.item(), f.line(), "a piece of evidence", List.of("Known from", "Source", "Quantity"));
      }
    }
    if (isNew("evidence", attrs)) {
      try {
        add(e.id(attrs.id).build());
      } catch (InvalidModelException | IllegalStateException invalid) {
        ctx.located.buildFailed(path, "evidence", invalid);
      }
    }
  }
}
