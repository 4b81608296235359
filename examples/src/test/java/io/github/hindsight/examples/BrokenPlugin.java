package io.github.hindsight.examples;

import io.github.hindsight.diagram.MermaidFormat;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import java.util.List;
import java.util.Optional;

/** A plugin whose constructor throws, as one built against a missing library would. */
public final class BrokenPlugin implements FormatProvider {
  /** Always throws. */
  public BrokenPlugin() {
    throw new IllegalStateException("this plugin cannot start");
  }

  @Override public String id() { return "broken"; }
  @Override public String displayName() { return "Broken"; }
  @Override public String mediaType() { return "text/plain"; }
  @Override public List<String> extensions() { return List.of("broken"); }
  @Override public Optional<FormatReader> reader() { return Optional.empty(); }
  @Override public Optional<FormatWriter> writer() { return new MermaidFormat().writer(); }
}
