/**
 * Hindsight questions as TimelineJS timelines. {@link io.github.hindsight.timeline.TimelineFormat}
 * exports the JSON that TimelineJS 3 loads (id {@code timeline}, write-only). What it writes is
 * described in {@code docs/formats/timeline.md}.
 */
@NullMarked
package io.github.hindsight.timeline;

import org.jspecify.annotations.NullMarked;
