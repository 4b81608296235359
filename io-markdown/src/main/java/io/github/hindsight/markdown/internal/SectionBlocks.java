package io.github.hindsight.markdown.internal;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/**
 * A section as read: its heading and the blocks under it, up to the next section.
 *
 * @param name the heading's text as written
 * @param known the section of the format it names, in the format's spelling, or null for none
 * @param heading the heading
 * @param blocks the blocks under it, to be gone through once: they may be parsed as they are asked for
 */
record SectionBlocks(String name, @Nullable String known, Heading heading, Iterable<Node> blocks) {
  /** @return the name that what follows the section is kept after: the format's spelling of a known section, the heading's text otherwise */
  String anchor() {
    return known == null ? name : known;
  }
}
