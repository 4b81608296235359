package io.github.hindsight.timeline;

import io.github.hindsight.spi.support.SimpleFormatProvider;
import io.github.hindsight.timeline.internal.TimelineWriter;

/**
 * A TimelineJS 3 timeline of each question (id {@code timeline}, extension {@code .timeline.json}):
 * its dated consequences and evidence as events, in a row per actor, the day each secret came out
 * as an event of its own, and an era for the period of the question, in the JSON that
 * {@code new TL.Timeline(id, data)} loads. It is a one-way export: it has no reader, and undated
 * consequences and evidence are left out. The same question gives the same timeline every time.
 */
public final class TimelineFormat extends SimpleFormatProvider {
  /** The format id. */
  public static final String ID = "timeline";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public TimelineFormat() {
    super(describe(ID, "TimelineJS timeline", "application/json").extensions("timeline.json").writer(new TimelineWriter()));
  }
}
