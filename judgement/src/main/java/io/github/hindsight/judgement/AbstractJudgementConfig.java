package io.github.hindsight.judgement;

import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.HistoricalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to judge a question under: the criteria and their weights, the readings chosen for
 * outcomes that depend on a reading, the date of the judgement and the standard for labels.
 *
 * <pre>{@code
 * JudgementConfig asOfThen = JudgementConfig.builder()
 *     .asOf(HistoricalDate.ofMonth(1962, 11))
 *     .putWeight("perception", 2.0)
 *     .putReading("missiles-near-usa", "bargaining-chip")
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractJudgementConfig {
  /** The most scenarios a configuration may allow. */
  public static final int SCENARIO_CEILING = 65_536;

  /**
   * @return criteria to judge by instead of the question's own; when empty, the question's
   *     criteria, or {@link Judge#defaultCriteria()} when it has none
   */
  public abstract List<Criterion> criteria();

  /** @return weights by criterion id, replacing the criteria's own weights; each at least 0 */
  public abstract Map<String, Double> weights();

  /**
   * @return the reading chosen for an objective whose outcome depends on a reading, by objective
   *     id; objectives left out are judged under every reading, one scenario for each
   */
  public abstract Map<String, String> readings();

  /**
   * @return the date of the judgement, counting only what was known and had happened by then;
   *     empty for a judgement with hindsight, where everything counts
   */
  public abstract Optional<HistoricalDate> asOf();

  /** @return the standard by which margins earn their labels */
  @Value.Default
  public LabelStandard standard() {
    return LabelStandard.builder().build();
  }

  /**
   * @return the most scenarios (combinations of readings) the judgement may have before it is
   *     refused; 1024 unless set, at most {@link #SCENARIO_CEILING}
   */
  @Value.Default
  public int maxScenarios() {
    return 1024;
  }

  /** @return whether the judgement is with hindsight, that is without an as-of date */
  public boolean isHindsight() {
    return asOf().isEmpty();
  }

  /**
   * A judgement with hindsight, by the question's own criteria.
   *
   * @return the configuration
   */
  public static JudgementConfig hindsight() {
    return JudgementConfig.builder().build();
  }

  /**
   * A judgement with only what was known and had happened by a date.
   *
   * @param date the date of the judgement
   * @return the configuration
   */
  public static JudgementConfig asOf(HistoricalDate date) {
    Objects.requireNonNull(date, "date");
    return JudgementConfig.builder().asOf(date).build();
  }

  @Value.Check
  void check() {
    if (maxScenarios() < 1 || maxScenarios() > SCENARIO_CEILING) {
      throw new IllegalArgumentException("JudgementConfig.maxScenarios: expected 1 to " + SCENARIO_CEILING + " but found " + maxScenarios());
    }
    for (Map.Entry<String, Double> e : weights().entrySet()) {
      double w = e.getValue();
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("JudgementConfig.weights[" + e.getKey() + "]: expected a finite number of at least 0 but found " + w);
      }
    }
  }
}
