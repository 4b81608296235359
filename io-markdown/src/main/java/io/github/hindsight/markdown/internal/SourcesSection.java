package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.Source;
import io.github.hindsight.spi.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ## Sources} section: each source's title with its optional date, and as fields
 * {@code **Author:**} and {@code **Locator:**}.
 */
final class SourcesSection extends ItemSection<Source> {
  SourcesSection(SectionContext ctx) {
    super(ctx, "sources");
  }

  @Override
  void item(ListItem item, ItemLine line, @Nullable BulletList nested) {
    String path = path();
    ItemAttributes attrs = attributes(item, line, path, "a source", List.of());
    Source.Builder s = Source.builder().title(line.text());
    HistoricalDate date = line.leadDate();
    if (date != null) {
      s.date(date);
    }
    Map<String, Location> seen = new HashMap<>();
    for (Field f : Field.of(ctx, nested, "a source")) {
      f.noNested(ctx);
      if (f.is("Author")) {
        f.once(ctx, seen, "a source");
        s.author(f.line().text());
      } else if (f.is("Locator")) {
        f.once(ctx, seen, "a source");
        s.locator(f.line().text());
      } else {
        ctx.unknownField("sources", attrs.id, f.item(), f.line(), "a source", List.of("Author", "Locator"));
      }
    }
    if (isNew("source", attrs)) {
      try {
        add(s.id(attrs.id).build());
      } catch (InvalidModelException | IllegalStateException invalid) {
        ctx.located.buildFailed(path, "source", invalid);
      }
    }
  }
}
