package io.github.hindsight.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.support.FormatDescriptions;
import io.github.hindsight.spi.support.PluginProblem;
import io.github.hindsight.spi.support.ServiceProviders;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of formats, each under a unique id, and the rules that choose among them.
 *
 * <h2>Which format gets a file extension</h2>
 *
 * <p>When several formats claim an extension, the choice is made in this order:
 *
 * <ol>
 *   <li>a preference set with {@link Builder#prefer(String, String)}, if the preferred format can
 *       do what is asked (read or write);
 *   <li>otherwise the format with the highest {@link FormatProvider#priority()};
 *   <li>on a tie, the format whose id comes first alphabetically.
 * </ol>
 *
 * <p>Extensions are compared without regard to case, and the longest matching extension wins, so
 * a format claiming {@code q.json} beats one claiming {@code json} for {@code cuba.q.json}.
 *
 * <h2>Two formats with the same id</h2>
 *
 * <p>A format added with {@link Builder#add(FormatProvider)} beats a discovered one with the same
 * id: that is how an application replaces a built-in format on purpose. Between discovered
 * formats, Hindsight's own (those whose classes are in the {@code io.github.hindsight} packages)
 * keep their ids whatever a plugin declares, so a plugin cannot take over {@code json} by accident;
 * among the rest, the higher priority wins, then the provider class name that comes first. The
 * loser is reported in {@link #problems()}. Two formats added by hand with the same id are a
 * programming error and fail {@link Builder#build()}.
 *
 * <p>Instances are immutable and safe to share between threads. Nothing is cached globally:
 * every registry discovers its own providers when it is built.
 */
public final class FormatRegistry {
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final String BUILT_IN_PACKAGE = "io.github.hindsight.";

  private final ImmutableMap<String, Entry> byId;
  private final ImmutableList<FormatProvider> formats;
  private final ImmutableMap<String, String> preferences;
  private final ImmutableList<PluginProblem> problems;

  private FormatRegistry(Map<String, Entry> byId, Map<String, String> preferences, List<PluginProblem> problems) {
    this.byId = ImmutableMap.copyOf(byId);
    this.formats = providers(sorted(byId.values(), Entry.BY_ID));
    this.preferences = ImmutableMap.copyOf(preferences);
    this.problems = ImmutableList.copyOf(problems);
  }

  /** @return a builder of an empty registry */
  public static Builder builder() {
    return new Builder();
  }

  /** @return every usable format, sorted by id */
  public List<FormatProvider> formats() {
    return formats;
  }

  /**
   * The format with an id.
   *
   * @param id the id, such as {@code json}
   * @return the format, or empty if no format of the registry has that id
   */
  public Optional<FormatProvider> format(String id) {
    Objects.requireNonNull(id, "id");
    Entry entry = byId.get(id);
    return entry == null ? Optional.empty() : Optional.of(entry.provider());
  }

  /**
   * The format with an id, which must be able to do what is asked.
   *
   * @param id the id, such as {@code json}
   * @param capability what the caller will do with it
   * @return the format
   * @throws IllegalArgumentException naming the formats that could do it, if there is no such
   *     format or it cannot do what is asked
   */
  public FormatProvider require(String id, Capability capability) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(capability, "capability");
    Entry entry = byId.get(id);
    if (entry == null) {
      throw new IllegalArgumentException("no format has the id '" + id + "'; known formats: " + describe(byId.values()));
    }
    if (!entry.can(capability)) {
      throw new IllegalArgumentException("format '" + id + "' cannot " + verb(capability) + "; formats that can: "
          + describe(capable(capability)));
    }
    return entry.provider();
  }

  /**
   * Every format that claims the extension of a file name and can do what is asked, the chosen
   * one first (see the class documentation for the rule).
   *
   * @param fileName a file name, such as {@code cuba.json}, or a bare extension with its dot
   * @param capability what the caller will do
   * @return the formats, best first; empty if none claims the extension
   */
  public List<FormatProvider> claimants(String fileName, Capability capability) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(capability, "capability");
    String name = fileName.toLowerCase(Locale.ROOT);
    String best = null;
    for (Entry e : byId.values()) {
      for (String ext : e.extensions()) {
        if (name.endsWith("." + ext) && (best == null || ext.length() > best.length())) {
          best = ext;
        }
      }
    }
    for (String ext : preferences.keySet()) {
      if (name.endsWith("." + ext) && (best == null || ext.length() > best.length())) {
        best = ext;
      }
    }
    if (best == null) {
      return ImmutableList.of();
    }
    String preferred = preferences.get(best);
    List<Entry> claimants = new ArrayList<>();
    Entry preferredEntry = null;
    for (Entry e : byId.values()) {
      if (!e.can(capability)) {
        continue;
      }
      if (e.id().equals(preferred)) {
        preferredEntry = e;
      } else if (e.extensions().contains(best)) {
        claimants.add(e);
      }
    }
    claimants.sort(Entry.BY_RANK);
    if (preferredEntry != null) {
      claimants.add(0, preferredEntry);
    }
    return providers(claimants);
  }

  /**
   * The format chosen for a file name by its extension.
   *
   * @param fileName a file name, such as {@code cuba.json}
   * @param capability what the caller will do
   * @return the format, or empty if no format that can do it claims the extension
   */
  public Optional<FormatProvider> forFileName(String fileName, Capability capability) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(capability, "capability");
    List<FormatProvider> claimants = claimants(fileName, capability);
    return claimants.isEmpty() ? Optional.empty() : Optional.of(claimants.get(0));
  }

  /**
   * The readable format that the start of a document suggests most strongly, among some
   * candidates. A format whose {@link FormatProvider#sniff(byte[])} throws counts as not matching.
   *
   * @param head the first bytes of the document, up to 4096
   * @param candidates the formats to ask; those that cannot read are skipped
   * @return the best format with a score above 0 (ties go by priority, then id), or empty
   */
  public Optional<FormatProvider> sniff(byte[] head, Collection<FormatProvider> candidates) {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(candidates, "candidates");
    FormatProvider best = null;
    int bestScore = 0;
    Entry bestEntry = null;
    for (FormatProvider candidate : candidates) {
      Entry entry = entryOf(candidate);
      if (entry == null || !entry.can(Capability.READ)) {
        continue;
      }
      int score;
      try {
        score = candidate.sniff(head.clone());
      } catch (RuntimeException e) {
        score = 0;
      }
      if (score > bestScore || (score == bestScore && score > 0 && Entry.BY_RANK.compare(entry, bestEntry) < 0)) {
        best = candidate;
        bestScore = score;
        bestEntry = entry;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Like {@link #sniff(byte[], Collection)} over every format.
   *
   * @param head the first bytes of the document, up to 4096
   * @return the best format, or empty if no format scores the head above 0
   */
  public Optional<FormatProvider> sniff(byte[] head) {
    Objects.requireNonNull(head, "head");
    return sniff(head, formats);
  }

  /** @return the preferences, extension to format id */
  public Map<String, String> preferences() {
    return preferences;
  }

  /** @return the plugins that could not be used, in the order they were found */
  public List<PluginProblem> problems() {
    return problems;
  }

  /**
   * The formats that can do something, for error messages.
   *
   * @param capability read or write
   * @return a list such as {@code json (.json), markdown (.md)}, or {@code none}
   */
  public String describe(Capability capability) {
    Objects.requireNonNull(capability, "capability");
    return describe(capable(capability));
  }

  private List<Entry> capable(Capability capability) {
    List<Entry> capable = new ArrayList<>();
    for (Entry e : byId.values()) {
      if (e.can(capability)) {
        capable.add(e);
      }
    }
    return capable;
  }

  private static List<Entry> sorted(Collection<Entry> entries, Comparator<Entry> order) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(order);
    return sorted;
  }

  private static ImmutableList<FormatProvider> providers(List<Entry> entries) {
    ImmutableList.Builder<FormatProvider> providers = ImmutableList.builderWithExpectedSize(entries.size());
    for (Entry e : entries) {
      providers.add(e.provider());
    }
    return providers.build();
  }

  private @Nullable Entry entryOf(FormatProvider provider) {
    for (Entry e : byId.values()) {
      if (e.provider() == provider) {
        return e;
      }
    }
    return null;
  }

  private static String describe(Collection<Entry> entries) {
    if (entries.isEmpty()) {
      return "none";
    }
    StringJoiner described = new StringJoiner(", ");
    for (Entry e : sorted(entries, Entry.BY_ID)) {
      if (e.extensions().isEmpty()) {
        described.add(e.id());
      } else {
        StringJoiner extensions = new StringJoiner(" ", " (", ")");
        for (String x : e.extensions()) {
          extensions.add("." + x);
        }
        described.add(e.id() + extensions);
      }
    }
    return described.toString();
  }

  private static String verb(Capability capability) {
    return capability == Capability.READ ? "read" : "write";
  }

  /** What the registry learnt from a provider once, so that it never asks a plugin twice. */
  private record Entry(FormatProvider provider, String id, List<String> extensions, boolean readable,
      boolean writable, int priority, boolean explicit) {
    /** By id alone. */
    static final Comparator<Entry> BY_ID = new Comparator<>() {
      @Override
      public int compare(Entry a, Entry b) {
        return a.id().compareTo(b.id());
      }
    };

    /** The higher priority first, then by id. */
    static final Comparator<Entry> BY_RANK = new Comparator<>() {
      @Override
      public int compare(Entry a, Entry b) {
        int byPriority = Integer.compare(b.priority(), a.priority());
        return byPriority != 0 ? byPriority : a.id().compareTo(b.id());
      }
    };

    /** Among discovered formats with one id: Hindsight's own first, then the higher priority, then by class name. */
    static final Comparator<Entry> BY_PRECEDENCE = new Comparator<>() {
      @Override
      public int compare(Entry a, Entry b) {
        int byOrigin = Boolean.compare(!a.builtIn(), !b.builtIn());
        if (byOrigin != 0) {
          return byOrigin;
        }
        int byPriority = Integer.compare(b.priority(), a.priority());
        return byPriority != 0 ? byPriority : a.className().compareTo(b.className());
      }
    };

    boolean can(Capability capability) {
      return capability == Capability.READ ? readable : writable;
    }

    String className() {
      return provider.getClass().getName();
    }

    boolean builtIn() {
      return provider.getClass().getName().startsWith(BUILT_IN_PACKAGE);
    }
  }

  /** Collects formats and preferences; not thread-safe. */
  public static final class Builder {
    private final List<Entry> explicit = new ArrayList<>();
    private final List<Entry> discovered = new ArrayList<>();
    private final Map<String, String> preferences = new LinkedHashMap<>();
    private final List<PluginProblem> problems = new ArrayList<>();
    private final Map<Class<?>, Boolean> seenClasses = new IdentityHashMap<>();

    private Builder() {}

    /**
     * Adds a format by hand, for embedders that do not use {@link ServiceLoader}.
     *
     * @param provider the format
     * @return this builder
     * @throws IllegalArgumentException if the format describes itself wrongly
     */
    public Builder add(FormatProvider provider) {
      Objects.requireNonNull(provider, "provider");
      Entry entry;
      try {
        entry = entry(provider, true);
      } catch (InvalidProvider e) {
        throw new IllegalArgumentException(provider.getClass().getName() + ": " + e.getMessage(), e.getCause());
      }
      explicit.add(entry);
      seenClasses.put(provider.getClass(), true);
      return this;
    }

    /**
     * Adds every format that {@link ServiceLoader} finds through a class loader: providers named
     * in {@code META-INF/services} on its class path, and those of named modules defined to it or
     * its ancestors. Failures are recorded in {@link FormatRegistry#problems()}, not thrown.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder discover(ClassLoader loader) {
      Objects.requireNonNull(loader, "loader");
      return discover(ServiceLoader.load(FormatProvider.class, loader));
    }

    /**
     * Adds every format provided by the modules of a layer and its parents, for applications that
     * load plugins into a {@link ModuleLayer} of their own. Failures are recorded, not thrown.
     *
     * @param layer the layer
     * @return this builder
     */
    public Builder discover(ModuleLayer layer) {
      Objects.requireNonNull(layer, "layer");
      return discover(ServiceLoader.load(layer, FormatProvider.class));
    }

    private Builder discover(ServiceLoader<FormatProvider> loader) {
      ServiceProviders<FormatProvider> found = ServiceProviders.load(loader);
      problems.addAll(found.problems());
      for (FormatProvider provider : found.providers()) {
        if (seenClasses.put(provider.getClass(), true) != null) {
          // The same class seen through two loaders or layers: the first copy stands.
          continue;
        }
        try {
          discovered.add(entry(provider, false));
        } catch (InvalidProvider e) {
          problems.add(PluginProblem.builder().plugin(provider.getClass().getName()).message(e.getMessage())
              .cause(Optional.ofNullable(e.getCause())).build());
        }
      }
      return this;
    }

    /**
     * Chooses the format for an extension, over the default rule. The format then also reads and
     * writes files with that extension even if it does not list it.
     *
     * @param extension the extension, without the dot, such as {@code md}
     * @param formatId the id of the format to use
     * @return this builder
     */
    public Builder prefer(String extension, String formatId) {
      Objects.requireNonNull(extension, "extension");
      Objects.requireNonNull(formatId, "formatId");
      String ext = extension.toLowerCase(Locale.ROOT);
      if (ext.startsWith(".")) {
        ext = ext.substring(1);
      }
      if (!EXTENSION.matcher(ext).matches()) {
        throw new IllegalArgumentException("'" + extension + "' is not a file extension; expected something like 'json' or 'md'");
      }
      preferences.put(ext, formatId);
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     * @throws IllegalArgumentException if two formats added by hand share an id, or a preference
     *     names a format that is not there
     */
    public FormatRegistry build() {
      Map<String, Entry> byId = new LinkedHashMap<>();
      List<PluginProblem> allProblems = new ArrayList<>(problems);
      for (Entry e : explicit) {
        Entry previous = byId.putIfAbsent(e.id(), e);
        if (previous != null) {
          throw new IllegalArgumentException("two formats have the id '" + e.id() + "': " + previous.className() + " and " + e.className());
        }
      }
      List<Entry> ranked = new ArrayList<>(discovered);
      ranked.sort(Entry.BY_PRECEDENCE);
      for (Entry e : ranked) {
        Entry previous = byId.putIfAbsent(e.id(), e);
        if (previous != null) {
          allProblems.add(PluginProblem.builder().plugin(e.className())
              .message("format id '" + e.id() + "' is already taken by " + previous.className() + takenBecause(previous)
                  + "; this one is ignored")
              .build());
        }
      }
      Map<String, String> prefs = new HashMap<>();
      for (Map.Entry<String, String> preference : preferences.entrySet()) {
        String ext = preference.getKey();
        String id = preference.getValue();
        if (!byId.containsKey(id)) {
          throw new IllegalArgumentException("the preference for '." + ext + "' names format '" + id
              + "', which is not available; known formats: " + describe(byId.values()));
        }
        prefs.put(ext, id);
      }
      return new FormatRegistry(byId, prefs, allProblems);
    }

    private static String takenBecause(Entry previous) {
      if (previous.explicit()) {
        return ", added by hand";
      }
      if (previous.builtIn()) {
        return ", a format of Hindsight's own (an application replaces it by adding its own format by hand)";
      }
      return ", which has a higher priority or comes first by class name";
    }

    private static Entry entry(FormatProvider provider, boolean explicit) throws InvalidProvider {
      List<String> errors;
      try {
        errors = FormatDescriptions.problems(provider);
      } catch (RuntimeException | LinkageError e) {
        throw new InvalidProvider("describing itself failed: " + e, e);
      }
      if (!errors.isEmpty()) {
        throw new InvalidProvider(String.join("; ", errors), null);
      }
      return new Entry(provider, provider.id(), ImmutableList.copyOf(provider.extensions()), provider.reader().isPresent(),
          provider.writer().isPresent(), provider.priority(), explicit);
    }
  }

  /** A provider whose description the registry cannot accept. */
  private static final class InvalidProvider extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidProvider(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }
}
