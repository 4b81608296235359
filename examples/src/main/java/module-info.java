/**
 * Runnable examples of Hindsight. The formats they use, the diagrams among them, are found at run
 * time like any plugin.
 */
module io.github.hindsight.examples {
  requires io.github.hindsight.core;
  // The reference questions the examples start from.
  requires io.github.hindsight.testkit;
  requires static org.jspecify;

  exports io.github.hindsight.examples;
}
