package io.github.hindsight.markdown.internal;

/** Names shared by the reader and the writer: the format id and where extras go back. */
final class MarkdownIds {
  /** The format id, also the format of every extra the reader keeps. */
  static final String MARKDOWN = "markdown";
  /** Extra location: an unknown key of the front matter. */
  static final String FRONT_MATTER = "front-matter";
  /** Extra location prefix: content after a section, or after the title. */
  static final String AFTER = "after:";
  /** Extra location prefix: an unknown field of an item, followed by {@code section/id}. */
  static final String ITEM = "item:";
  /** The anchor name of the title. */
  static final String TITLE = "title";

  private MarkdownIds() {}
}
