package io.github.hindsight.timeline.internal;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.support.AbstractExportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes some questions as one TimelineJS 3 document, the JSON object that
 * {@code new TL.Timeline(id, data)} loads (see {@link Timeline} for what is in it). A bank or a
 * sink of several questions gives one timeline of all of them. Topics have no place on a timeline
 * and are left out. A document with no dated event, such as an empty sink, is written with its
 * title and no events; TimelineJS then says that the timeline has no events.
 */
public final class TimelineWriter extends AbstractExportWriter {
  /** For the format's provider. */
  public TimelineWriter() {}

  @Override
  protected void writeDocument(List<Question> questions, List<Topic> topics, OutputStream out) throws IOException {
    out.write(Json.write(Timeline.of(questions)).getBytes(StandardCharsets.UTF_8));
  }
}
