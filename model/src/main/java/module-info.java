/**
 * The Hindsight model: immutable interpretation questions, their validation, and the SPI that
 * format plugins implement. Formats and plugins depend on this module alone; it depends on no
 * I/O library and on no other Hindsight module.
 */
module io.github.hindsight.model {
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.hindsight.model;
  exports io.github.hindsight.spi;
  exports io.github.hindsight.spi.support;
  // The one Immutables style, for the modules that generate values of their own; and the escaping
  // of problem text, for the command line's own messages.
  exports io.github.hindsight.internal to io.github.hindsight.judgement, io.github.hindsight.core, io.github.hindsight.cli;
}
