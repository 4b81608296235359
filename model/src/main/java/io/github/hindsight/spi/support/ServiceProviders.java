package io.github.hindsight.spi.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugins a {@link ServiceLoader} finds, each one instantiated, and the problems of those it
 * could not instantiate. Every kind of Hindsight plugin, formats and measures alike, is loaded
 * through this one class, so that a broken jar is reported in the same words wherever it sits, and
 * never takes the other plugins down with it.
 *
 * <p>The caller makes the {@code ServiceLoader} itself, because in a named module only the module
 * that declares {@code uses} for a service may load it.
 *
 * <pre>{@code
 * ServiceProviders<FormatProvider> found = ServiceProviders.load(ServiceLoader.load(FormatProvider.class));
 * found.providers().forEach(registry::add);
 * found.problems().forEach(p -> System.err.println("ignored " + p));
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param <S> the service type
 */
public final class ServiceProviders<S> {
  /** ServiceLoader names the class in messages such as {@code Service: Provider a.B not found} or {@code Service: a.B not a subtype}. */
  private static final Pattern PROVIDER_IN_MESSAGE = Pattern.compile(": (?:Provider )?([\\p{L}\\p{N}_$.]+) ");
  /** A broken service configuration can keep failing; this bounds the loop that skips errors. */
  private static final int MAX_CONSECUTIVE_ERRORS = 1000;

  private final List<S> providers;
  private final List<PluginProblem> problems;

  private ServiceProviders(List<S> providers, List<PluginProblem> problems) {
    this.providers = List.copyOf(providers);
    this.problems = List.copyOf(problems);
  }

  /**
   * Instantiates every provider the loader finds. A provider whose class is missing, is not a
   * subtype of the service, or whose constructor throws, is reported in {@link #problems()} and
   * skipped; after 1000 failures in a row the loader is given up as broken.
   *
   * @param loader the loader, made by the module that uses the service
   * @param <S> the service type
   * @return the providers, in the order the loader found them, and the problems
   */
  public static <S> ServiceProviders<S> load(ServiceLoader<S> loader) {
    Objects.requireNonNull(loader, "loader");
    List<S> providers = new ArrayList<>();
    List<PluginProblem> problems = new ArrayList<>();
    Iterator<S> it = loader.iterator();
    int consecutiveErrors = 0;
    while (consecutiveErrors < MAX_CONSECUTIVE_ERRORS) {
      try {
        if (!it.hasNext()) {
          break;
        }
        providers.add(it.next());
        consecutiveErrors = 0;
      } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
        // The lazy iterator has moved past the broken entry, so the loop goes on to the next one.
        consecutiveErrors++;
        problems.add(PluginProblem.builder().plugin(pluginName(e)).message(describeFailure(e)).cause(e).build());
      }
    }
    if (consecutiveErrors >= MAX_CONSECUTIVE_ERRORS) {
      problems.add(PluginProblem.builder().plugin("unknown provider")
          .message("the service configuration failed " + MAX_CONSECUTIVE_ERRORS + " times in a row; the plugins after that were not looked at")
          .build());
    }
    return new ServiceProviders<>(providers, problems);
  }

  /** @return the providers, instantiated, in the order they were found */
  public List<S> providers() {
    return providers;
  }

  /** @return the plugins that could not be instantiated, in the order they were found */
  public List<PluginProblem> problems() {
    return problems;
  }

  private static String pluginName(Throwable e) {
    Matcher m = PROVIDER_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
    return m.find() ? m.group(1) : "unknown provider";
  }

  private static String describeFailure(Throwable e) {
    StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
      sb.append("; caused by ").append(cause);
      if (cause.getCause() == cause) {
        break;
      }
    }
    return sb.toString();
  }
}
