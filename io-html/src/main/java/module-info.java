/**
 * Hindsight HTML: a question as one self-contained page, and a bank as a small static site. The
 * pages show the judgement's analysis, so this format, unlike the others, needs the judgement
 * engine.
 */
module io.github.hindsight.html {
  requires transitive io.github.hindsight.model;
  requires transitive io.github.hindsight.judgement;
  requires static org.jspecify;

  exports io.github.hindsight.html;
  // The preview of the command line escapes its own parts of a page as the pages do.
  exports io.github.hindsight.html.internal to io.github.hindsight.cli;

  provides io.github.hindsight.spi.FormatProvider with
      io.github.hindsight.html.HtmlFormat;
}
