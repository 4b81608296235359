/**
 * Hindsight JSON: the {@code json} and {@code jsonl} formats and a Jackson module.
 */
module io.github.hindsight.json {
  requires transitive io.github.hindsight.model;
  requires transitive io.github.hindsight.judgement;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports io.github.hindsight.json;

  provides io.github.hindsight.spi.FormatProvider with
      io.github.hindsight.json.JsonFormat,
      io.github.hindsight.json.JsonLinesFormat;
  provides tools.jackson.databind.JacksonModule with
      io.github.hindsight.json.HindsightJacksonModule;
}
