/**
 * Hindsight for applications: the {@link io.github.hindsight.Hindsight} facade and the format
 * registry. It brings in the model and the judgement engine, so an application adds this one
 * module (and the formats it wants) and is done. It depends on no I/O library.
 */
module io.github.hindsight.core {
  requires transitive io.github.hindsight.model;
  requires transitive io.github.hindsight.judgement;
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.hindsight;
  exports io.github.hindsight.registry;

  uses io.github.hindsight.spi.FormatProvider;
}
