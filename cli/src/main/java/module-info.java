/**
 * The {@code hindsight} command line: judge, convert, validate and start questions, list the
 * formats, and open jshell with Hindsight loaded. Formats are found at run time, so any format
 * plugin on the class path or module path works with every command.
 */
module io.github.hindsight.cli {
  requires io.github.hindsight.core;
  requires info.picocli;
  requires tools.jackson.databind;
  requires io.github.hindsight.json;
  requires io.github.hindsight.html;
  requires jdk.httpserver;
  requires static org.jspecify;

  exports io.github.hindsight.cli;

  // Picocli fills the commands' fields by reflection.
  opens io.github.hindsight.cli to info.picocli;

  uses io.github.hindsight.spi.FormatProvider;
  uses io.github.hindsight.judgement.spi.CustomCriterion;
}
