package io.github.hindsight.judgement;

import com.google.common.collect.ImmutableList;
import io.github.hindsight.judgement.spi.CustomCriterion;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.support.PluginProblem;
import io.github.hindsight.spi.support.ServiceProviders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Judges questions. A judge is built once, with the measures it knows, and is then immutable and
 * safe to share between threads; judging is deterministic. Its measures are the built-in ones
 * and the {@link CustomCriterion custom criteria} registered with it, each under its own id;
 * custom criteria that came as services and could not be used are in {@link #problems()}.
 *
 * <pre>{@code
 * Judge judge = Judge.standard();
 * Judgement withHindsight = judge.judge(question);
 * Judgement thenAndThere = judge.judge(question, JudgementConfig.asOf(HistoricalDate.ofMonth(1962, 11)));
 * System.out.println(TextReport.render(thenAndThere));
 * }</pre>
 */
public final class Judge {
  private final Measures measures;
  private final ImmutableList<PluginProblem> problems;

  private Judge(Measures measures, List<PluginProblem> problems) {
    this.measures = measures;
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * A judge with the custom criteria declared as services, found with {@link ServiceLoader}. A
   * service that cannot be used does not stop it; it is listed in {@link #problems()}.
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
            .description(BuiltInMeasure.of(Measure.OBJECTIVES_ACHIEVED).description()).build(),
        Criterion.builder().id("consequences").name("Consequences").weight(1.0).measure(Measure.CONSEQUENCES)
            .description(BuiltInMeasure.of(Measure.CONSEQUENCES).description()).build(),
        Criterion.builder().id("perception").name("Perception at the time").weight(1.0).measure(Measure.PERCEPTION)
            .description(BuiltInMeasure.of(Measure.PERCEPTION).description()).build(),
        Criterion.builder().id("shared-objectives").name("Shared objectives").weight(0.5).measure(Measure.SHARED_OBJECTIVES)
            .description(BuiltInMeasure.of(Measure.SHARED_OBJECTIVES).description()).build(),
        Criterion.builder().id("balance-of-power").name("Balance of power").weight(0.5).measure(Measure.BALANCE_OF_POWER)
            .description(BuiltInMeasure.of(Measure.BALANCE_OF_POWER).description()).build());
  }

  /**
   * The ids of the custom criteria this judge knows.
   *
   * @return the ids, sorted
   */
  public Set<String> customMeasures() {
    return measures.customIds();
  }

  /**
   * The custom criteria found as services that this judge does not use: their class would not
   * load or construct, their id was wrong, or another criterion, or a built-in measure, had it.
   *
   * @return the problems, in the order they were found
   */
  public List<PluginProblem> problems() {
    return problems;
  }

  /**
   * The sensitivity of a verdict worked out again from its scores and weights alone: the same
   * tipping points as {@link Verdict#sensitivity()}, for a verdict read back from a file or to
   * time the analysis apart from the judgement.
   *
   * @param verdict the verdict
   * @return the sensitivity to each criterion's weight, in the order of the verdict's criteria
   */
  public static List<Sensitivity> sensitivity(Verdict verdict) {
    Objects.requireNonNull(verdict, "verdict");
    return Sensitivities.of(verdict);
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
    return new Engine(question, config, measures).run();
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
      for (Criterion c : ConfigurationCheck.baseCriteria(question, config)) {
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

  /** Collects the custom criteria of a {@link Judge}; not thread-safe. */
  public static final class Builder {
    private final List<CustomCriterion> explicit = new ArrayList<>();
    private final List<CustomCriterion> services = new ArrayList<>();
    private final List<PluginProblem> problems = new ArrayList<>();

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
     * Adds the custom criteria declared as services of {@link CustomCriterion} to the class loader
     * of Hindsight, and those of the named modules it sees. Failures are recorded in {@link
     * Judge#problems()}, not thrown.
     *
     * @return this builder
     */
    public Builder loadServices() {
      return loadServices(Judge.class.getClassLoader());
    }

    /**
     * Adds the custom criteria declared as services of {@link CustomCriterion} to a class loader,
     * for applications that load plugins through a class loader of their own. Failures are
     * recorded in {@link Judge#problems()}, not thrown.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder loadServices(ClassLoader loader) {
      Objects.requireNonNull(loader, "loader");
      ServiceProviders<CustomCriterion> found = ServiceProviders.load(ServiceLoader.load(CustomCriterion.class, loader));
      services.addAll(found.providers());
      problems.addAll(found.problems());
      return this;
    }

    /**
     * Builds the judge. A service whose id is not a slug, is a built-in measure's, or is taken by
     * another criterion is left out and listed in {@link Judge#problems()}; of two services with
     * the same id, the one whose class name comes first stays.
     *
     * @return the judge
     * @throws IllegalArgumentException if two custom criteria registered here share an id, or the
     *     id of one is not a slug or is a built-in measure's
     */
    public Judge build() {
      List<PluginProblem> all = new ArrayList<>(problems);
      Measures measures = Measures.register(explicit, services, all);
      return new Judge(measures, all);
    }
  }
}
