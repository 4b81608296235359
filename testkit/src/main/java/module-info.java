/**
 * Contract tests for Hindsight format plugins. A plugin's tests extend
 * {@link io.github.hindsight.testkit.FormatContractTest} and name their format; the testkit checks
 * it against everything the SPI promises.
 */
module io.github.hindsight.testkit {
  requires transitive io.github.hindsight.model;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;

  exports io.github.hindsight.testkit;
  exports io.github.hindsight.testkit.samples;

  // JUnit calls the inherited test methods reflectively.
  opens io.github.hindsight.testkit to org.junit.platform.commons;
}
