package io.github.hindsight.integration;

import io.github.hindsight.json.JsonFormat;
import io.github.hindsight.spi.FormatProvider;

/** Hostile input for the {@code json} format. */
class JsonHostileInputTest extends HostileInputSuite {
  @Override
  FormatProvider format() {
    return new JsonFormat();
  }
}
