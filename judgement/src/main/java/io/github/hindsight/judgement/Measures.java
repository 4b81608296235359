package io.github.hindsight.judgement;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.hindsight.judgement.spi.CustomCriterion;
import io.github.hindsight.judgement.spi.JudgementMeasure;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Measure;
import io.github.hindsight.spi.support.PluginProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The measures of a judge by id: the built-in ones first, then the custom criteria, sorted by id.
 * A custom criterion never takes a built-in's id, so a plugin cannot change how the built-in
 * measures score.
 */
final class Measures {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final ImmutableMap<String, JudgementMeasure> byId;
  private final ImmutableSet<String> customIds;

  private Measures(Map<String, CustomCriterion> custom) {
    ImmutableMap.Builder<String, JudgementMeasure> all = ImmutableMap.builder();
    for (BuiltInMeasure m : BuiltInMeasure.ALL) {
      all.put(m.id(), m);
    }
    all.putAll(new TreeMap<>(custom));
    this.byId = all.build();
    this.customIds = ImmutableSet.copyOf(new TreeMap<>(custom).keySet());
  }

  /** @return the ids of the custom criteria, sorted */
  ImmutableSet<String> customIds() {
    return customIds;
  }

  /** @return the measure a criterion is scored by, or empty if its custom measure is not registered */
  Optional<JudgementMeasure> of(Criterion criterion) {
    if (criterion.measure() != Measure.CUSTOM) {
      return Optional.of(byId.get(criterion.measure().word()));
    }
    String id = criterion.customMeasure().orElse("");
    return customIds.contains(id) ? Optional.of(byId.get(id)) : Optional.empty();
  }

  /**
   * Registers custom criteria over the built-in measures. Explicit registrations are the caller's
   * own code, so their mistakes are thrown; services come from jars the caller may not control, so
   * theirs are added to {@code problems} and the service is left out.
   *
   * @throws IllegalArgumentException listing every mistake of the explicit registrations
   */
  static Measures register(List<CustomCriterion> explicit, List<CustomCriterion> services, List<PluginProblem> problems) {
    List<String> mistakes = new ArrayList<>();
    Map<String, CustomCriterion> byId = new LinkedHashMap<>();
    for (CustomCriterion c : explicit) {
      String id = c.id();
      Optional<String> wrong = wrongId(id);
      if (wrong.isPresent()) {
        mistakes.add(c.getClass().getName() + " has the id '" + id + "', " + wrong.get());
      } else if (byId.containsKey(id)) {
        mistakes.add("two explicit registrations have the custom criterion id '" + id + "': " + byId.get(id).getClass().getName()
            + " and " + c.getClass().getName());
      } else {
        byId.put(id, c);
      }
    }
    if (!mistakes.isEmpty()) {
      throw new IllegalArgumentException("cannot build the judge:\n  - " + String.join("\n  - ", mistakes));
    }
    Set<String> explicitIds = new HashSet<>(byId.keySet());
    for (CustomCriterion c : distinctByClass(services)) {
      String plugin = c.getClass().getName();
      String id;
      try {
        id = c.id();
      } catch (RuntimeException | LinkageError e) {
        problems.add(PluginProblem.builder().plugin(plugin).message("giving its id failed: " + e).cause(e).build());
        continue;
      }
      Optional<String> wrong = wrongId(id);
      CustomCriterion previous = byId.get(id);
      if (wrong.isPresent()) {
        problems.add(PluginProblem.builder().plugin(plugin).message("has the id '" + id + "', " + wrong.get() + "; it is ignored").build());
      } else if (previous != null) {
        problems.add(PluginProblem.builder().plugin(plugin)
            .message("custom criterion id '" + id + "' is already taken by " + previous.getClass().getName()
                + (explicitIds.contains(id) ? ", registered by hand" : ", which comes first by class name") + "; this one is ignored")
            .build());
      } else {
        byId.put(id, c);
      }
    }
    return new Measures(byId);
  }

  private static Optional<String> wrongId(String id) {
    if (id == null || !SLUG.matcher(id).matches()) {
      return Optional.of("which is not a slug such as 'stated-aims'");
    }
    for (BuiltInMeasure m : BuiltInMeasure.ALL) {
      if (m.id().equals(id)) {
        return Optional.of("which is the id of a built-in measure; a custom criterion needs an id of its own");
      }
    }
    return Optional.empty();
  }

  /** The same class found twice, through two loaders, is one plugin; sorted so that the winner of an id does not depend on the class path's order. */
  private static List<CustomCriterion> distinctByClass(List<CustomCriterion> services) {
    Map<Class<?>, CustomCriterion> byClass = new IdentityHashMap<>();
    for (CustomCriterion c : services) {
      byClass.putIfAbsent(c.getClass(), c);
    }
    List<CustomCriterion> out = new ArrayList<>(byClass.values());
    out.sort(new ByClassName());
    return out;
  }

  private static final class ByClassName implements Comparator<CustomCriterion> {
    @Override
    public int compare(CustomCriterion a, CustomCriterion b) {
      return a.getClass().getName().compareTo(b.getClass().getName());
    }
  }
}
