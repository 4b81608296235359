package io.github.hindsight.cli.serve;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a judgement as a person gives them, on the command line or in a preview's
 * address, checked against the question: ids it does not have and values out of range are refused.
 */
public final class Settings {
  private Settings() {}

  /**
   * The configuration for these settings.
   *
   * @param question the question to judge
   * @param asOf the date to judge as of, as written, or null for hindsight
   * @param weights weights by criterion id
   * @param readings reading ids by objective id
   * @return the configuration
   * @throws SettingsException naming the first setting refused, and why
   */
  public static JudgementConfig config(Question question, @Nullable String asOf, Map<String, Double> weights,
      Map<String, String> readings) {
    JudgementConfig.Builder config = JudgementConfig.builder();
    if (asOf != null) {
      Optional<HistoricalDate> date = HistoricalDate.tryParse(asOf);
      if (date.isEmpty()) {
        throw new SettingsException("as-of", "'" + asOf + "' is not a date; expected YEAR, YEAR-MM or YEAR-MM-DD, such as 1962-11");
      }
      config.asOf(date.get());
    }
    List<Criterion> criteria = criteria(question);
    String criterionIds = criteria.stream().map(Criterion::id).collect(Collectors.joining(", "));
    weights.forEach((id, w) -> {
      if (criteria.stream().noneMatch(c -> c.id().equals(id))) {
        throw new SettingsException("weight", "no criterion '" + id + "' in " + question.id() + "; its criteria are " + criterionIds);
      }
      if (!Double.isFinite(w) || w < 0) {
        throw new SettingsException("weight", "the weight of '" + id + "' is " + w + "; expected a number from 0 up");
      }
    });
    config.putAllWeights(weights);
    String dependent = dependent(question).stream().map(Objective::id).collect(Collectors.joining(", "));
    readings.forEach((objectiveId, readingId) -> {
      Objective objective = dependent(question).stream().filter(o -> o.id().equals(objectiveId)).findFirst()
          .orElseThrow(() -> new SettingsException("reading", "no objective '" + objectiveId + "' with readings in "
              + question.id() + "; the objectives that depend on a reading are " + (dependent.isEmpty() ? "none" : dependent)));
      if (objective.outcome().reading(readingId).isEmpty()) {
        throw new SettingsException("reading", "objective '" + objectiveId + "' has no reading '" + readingId
            + "'; its readings are " + objective.outcome().readings().stream().map(Reading::id).collect(Collectors.joining(", ")));
      }
    });
    config.putAllReadings(readings);
    return config.build();
  }

  /**
   * @param question a question
   * @return the criteria it is judged by: its own, or else the judge's defaults
   */
  public static List<Criterion> criteria(Question question) {
    return question.criteria().isEmpty() ? Judge.defaultCriteria() : question.criteria();
  }

  /**
   * @param question a question
   * @return its objectives whose outcome depends on a reading of intent
   */
  public static List<Objective> dependent(Question question) {
    return question.objectives().stream().filter(o -> !o.outcome().readings().isEmpty()).toList();
  }
}
