/**
 * Hindsight core: the immutable model of interpretation questions, its validation,
 * the judgement engine and the plugin SPI. This module depends on no I/O library.
 */
module io.github.hindsight.core {
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.hindsight;
  exports io.github.hindsight.judgement;
  exports io.github.hindsight.judgement.spi;
  exports io.github.hindsight.model;
  exports io.github.hindsight.registry;
  exports io.github.hindsight.samples;
  exports io.github.hindsight.spi;
  exports io.github.hindsight.spi.support;

  uses io.github.hindsight.judgement.spi.CustomCriterion;
  uses io.github.hindsight.spi.FormatProvider;
}
