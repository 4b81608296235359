package io.github.hindsight.integration;

import io.github.hindsight.json.JsonLinesFormat;
import io.github.hindsight.spi.FormatProvider;

/** Hostile input for the {@code jsonl} format. */
class JsonLinesHostileInputTest extends HostileInputSuite {
  @Override
  FormatProvider format() {
    return new JsonLinesFormat();
  }
}
