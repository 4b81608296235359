package io.github.hindsight.spi.support;

import io.github.hindsight.internal.HindsightStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A plugin that could not be used: its class failed to load or to construct, it described itself
 * wrongly, or another plugin already took its id. Discovery reports these instead of throwing, so
 * that one broken jar does not take the other plugins down with it.
 */
@Value.Immutable
@HindsightStyle
abstract class AbstractPluginProblem {
  /** @return the provider class, or what the service configuration named when the class is unknown */
  public abstract String plugin();

  /** @return what went wrong, in a sentence */
  public abstract String message();

  /** @return the exception behind it; empty if there was none; not part of equality */
  @Value.Auxiliary
  public abstract Optional<Throwable> cause();

  /** @return {@code plugin: message} */
  @Override
  public String toString() {
    return plugin() + ": " + message();
  }
}
