/**
 * Hindsight Markdown: the authoring format for questions as Markdown notes, and revision notes
 * for students.
 */
module io.github.hindsight.markdown {
  requires transitive io.github.hindsight.model;
  requires transitive io.github.hindsight.judgement;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires static org.jspecify;

  exports io.github.hindsight.markdown;

  provides io.github.hindsight.spi.FormatProvider with
      io.github.hindsight.markdown.MarkdownFormat,
      io.github.hindsight.markdown.RevisionNotesFormat;
}
