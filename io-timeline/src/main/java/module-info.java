/** Hindsight TimelineJS: a question as a TimelineJS 3 timeline of its consequences and evidence. */
module io.github.hindsight.timeline {
  requires transitive io.github.hindsight.model;
  requires static org.jspecify;

  exports io.github.hindsight.timeline;

  provides io.github.hindsight.spi.FormatProvider with
      io.github.hindsight.timeline.TimelineFormat;
}
