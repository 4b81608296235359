/** The implementation of the TimelineJS export; not API, and it may change in any release. */
@NullMarked
package io.github.hindsight.timeline.internal;

import org.jspecify.annotations.NullMarked;
