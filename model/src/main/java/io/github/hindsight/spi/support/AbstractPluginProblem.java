package io.github.hindsight.spi.support;

import io.github.hindsight.internal.HindsightStyle;
import io.github.hindsight.internal.Printable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A plugin that could not be used: its class failed to load or to construct, it described itself
 * wrongly, or another plugin already took its id. Discovery reports these instead of throwing, so
 * that one broken jar does not take the other plugins down with it. The plugin's name and the
 * message are printable text on one line, as a {@link io.github.hindsight.spi.FormatProblem}'s
 * message is.
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

  @Value.Check
  AbstractPluginProblem printable() {
    String plugin = Printable.escape(plugin());
    String message = Printable.escape(message());
    return plugin.equals(plugin()) && message.equals(message()) ? this
        : PluginProblem.builder().from(this).plugin(plugin).message(message).build();
  }

  /** @return {@code plugin: message} */
  @Override
  public String toString() {
    return plugin() + ": " + message();
  }
}
