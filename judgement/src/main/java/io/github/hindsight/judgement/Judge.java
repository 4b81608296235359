package io.github.hindsight.judgement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.hindsight.judgement.spi.CustomCriterion;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Judges questions. A judge is built once, with the custom criteria it knows, and is then
 * immutable and safe to share between threads; judging is deterministic.
 *
 * <pre>{@code
 * Judge judge = Judge.standard();
 * Judgement withHindsight = judge.judge(question);
 * Judgement thenAndThere = judge.judge(question, JudgementConfig.asOf(HistoricalDate.ofMonth(1962, 11)));
 * System.out.println(TextReport.render(thenAndThere));
 * }</pre>
 */
public final class Judge {
  private final ImmutableMap<String, CustomCriterion> custom;

  private Judge(ImmutableMap<String, CustomCriterion> custom) {
    this.custom = custom;
  }

  /**
   * A judge with the custom criteria declared as services, found with {@link ServiceLoader}.
   *
   * @return the judge
   */
  public static Judge standard() {
    return builder().loadServices().build();
  }

  /**
   * A builder for a judge with custom criteria of your choosing.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The criteria used for a question that has none of its own: objectives achieved (weight 2),
   * consequences (1), perception at the time (1), shared objectives (0.5) and balance of power
   * (0.5).
   *
   * @return the default criteria
   */
  public static List<Criterion> defaultCriteria() {
    return ImmutableList.of(
        Criterion.builder().id("objectives").name("Objectives achieved").weight(2.0).measure(Measure.OBJECTIVES_ACHIEVED)
            .description("How far each actor achieved its own objectives, weighted by importance.").build(),
        Criterion.builder().id("consequences").name("Consequences").weight(1.0).measure(Measure.CONSEQUENCES)
            .description("Whether what followed was good or bad for each actor, the long term counting double.").build(),
        Criterion.builder().id("perception").name("Perception at the time").weight(1.0).measure(Measure.PERCEPTION)
            .description("How each actor was seen at the time.").build(),
        Criterion.builder().id("shared-objectives").name("Shared objectives").weight(0.5).measure(Measure.SHARED_OBJECTIVES)
            .description("How far the objectives actors held in common were achieved.").build(),
        Criterion.builder().id("balance-of-power").name("Balance of power").weight(0.5).measure(Measure.BALANCE_OF_POWER)
            .description("Whether the balance of power moved in an actor's favour.").build());
  }

  /**
   * The ids of the custom criteria this judge knows.
   *
   * @return the ids, sorted
   */
  public Set<String> customMeasures() {
    return ImmutableSet.copyOf(custom.keySet());
  }

  /**
   * Judges a question with hindsight, by its own criteria.
   *
   * @param question the question
   * @return the judgement
   * @throws JudgementException listing every problem, if the question cannot be judged
   */
  public Judgement judge(Question question) {
    Objects.requireNonNull(question, "question");
    return judge(question, JudgementConfig.hindsight());
  }

  /**
   * Judges a question under a configuration.
   *
   * @param question the question
   * @param config what to judge it under
   * @return the judgement
   * @throws JudgementException listing every problem, if the question cannot be judged under the
   *     configuration, or if the readings would give more than {@link JudgementConfig#maxScenarios()}
   *     scenarios
   */
  public Judgement judge(Question question, JudgementConfig config) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(config, "config");
    return new Engine(question, config, custom).run();
  }

  /**
   * Judges a question under each of several perspectives, side by side. Each perspective sets the
   * weights of the criteria of the measures it names, over the configuration's, and its date, if
   * it has one, replaces the configuration's.
   *
   * @param question the question
   * @param config the configuration the perspectives start from
   * @param perspectives the perspectives, such as {@link Perspective#standardSet}
   * @return the judgements, in the order of the perspectives
   * @throws JudgementException if the question cannot be judged under one of them
   */
  public Comparison compare(Question question, JudgementConfig config, List<Perspective> perspectives) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(perspectives, "perspectives");
    Comparison.Builder out = Comparison.builder();
    for (Perspective p : perspectives) {
      Map<String, Double> weights = new LinkedHashMap<>(config.weights());
      for (Criterion c : Engine.baseCriteria(question, config)) {
        Double w = p.weights().get(c.measure());
        if (w != null) {
          weights.put(c.id(), w);
        }
      }
      JudgementConfig under = config.withWeights(weights);
      if (p.asOf().isPresent()) {
        under = under.withAsOf(p.asOf().get());
      }
      out.addJudgement(PerspectiveJudgement.builder().perspective(p).judgement(judge(question, under)).build());
    }
    return out.build();
  }

  /** Collects the custom criteria of a {@link Judge}. */
  public static final class Builder {
    private final List<CustomCriterion> explicit = new ArrayList<>();
    private final List<CustomCriterion> services = new ArrayList<>();

    private Builder() {}

    /**
     * Registers a custom criterion. One registered here replaces a service with the same id.
     *
     * @param criterion the criterion
     * @return this builder
     */
    public Builder addCustomCriterion(CustomCriterion criterion) {
      explicit.add(Objects.requireNonNull(criterion, "criterion"));
      return this;
    }

    /**
     * Adds the custom criteria declared as services of {@link CustomCriterion}.
     *
     * @return this builder
     */
    public Builder loadServices() {
      ServiceLoader.load(CustomCriterion.class, Judge.class.getClassLoader()).forEach(services::add);
      return this;
    }

    /**
     * Builds the judge.
     *
     * @return the judge
     * @throws IllegalArgumentException if two custom criteria registered here, or two services,
     *     share an id, or an id is not a slug
     */
    public Judge build() {
      List<String> problems = new ArrayList<>();
      Map<String, CustomCriterion> fromServices = index(services, "services", problems);
      Map<String, CustomCriterion> all = new LinkedHashMap<>(fromServices);
      all.putAll(index(explicit, "explicit registrations", problems));
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("cannot build the judge:\n  - " + String.join("\n  - ", problems));
      }
      return new Judge(ImmutableMap.copyOf(new java.util.TreeMap<>(all)));
    }

    private static Map<String, CustomCriterion> index(List<CustomCriterion> criteria, String where, List<String> problems) {
      Map<String, CustomCriterion> byId = new LinkedHashMap<>();
      for (CustomCriterion c : criteria) {
        String id = c.id();
        if (id == null || !id.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
          problems.add(c.getClass().getName() + " has the id '" + id + "', which is not a slug such as 'stated-aims'");
        } else if (byId.containsKey(id)) {
          problems.add("two " + where + " have the custom criterion id '" + id + "': " + byId.get(id).getClass().getName()
              + " and " + c.getClass().getName());
        } else {
          byId.put(id, c);
        }
      }
      return byId;
    }
  }
}
