package io.github.hindsight.cli.serve;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
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
    for (Map.Entry<String, Double> weight : weights.entrySet()) {
      String id = weight.getKey();
      double w = weight.getValue();
      if (criterion(criteria, id) == null) {
        throw new SettingsException("weight", "no criterion '" + id + "' in " + question.id() + "; its criteria are " + criterionIds(criteria));
      }
      if (!Double.isFinite(w) || w < 0) {
        throw new SettingsException("weight", "the weight of '" + id + "' is " + w + "; expected a number from 0 up");
      }
    }
    config.putAllWeights(weights);
    List<Objective> dependent = dependent(question);
    for (Map.Entry<String, String> reading : readings.entrySet()) {
      String objectiveId = reading.getKey();
      String readingId = reading.getValue();
      Objective objective = objective(dependent, objectiveId);
      if (objective == null) {
        String ids = objectiveIds(dependent);
        throw new SettingsException("reading", "no objective '" + objectiveId + "' with readings in "
            + question.id() + "; the objectives that depend on a reading are " + (ids.isEmpty() ? "none" : ids));
      }
      if (objective.outcome().reading(readingId).isEmpty()) {
        throw new SettingsException("reading", "objective '" + objectiveId + "' has no reading '" + readingId
            + "'; its readings are " + readingIds(objective.outcome().readings()));
      }
    }
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
    List<Objective> dependent = new ArrayList<>();
    for (Objective o : question.objectives()) {
      if (!o.outcome().readings().isEmpty()) {
        dependent.add(o);
      }
    }
    return Collections.unmodifiableList(dependent);
  }

  private static @Nullable Criterion criterion(List<Criterion> criteria, String id) {
    for (Criterion c : criteria) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    return null;
  }

  private static @Nullable Objective objective(List<Objective> objectives, String id) {
    for (Objective o : objectives) {
      if (o.id().equals(id)) {
        return o;
      }
    }
    return null;
  }

  private static String criterionIds(List<Criterion> criteria) {
    StringJoiner ids = new StringJoiner(", ");
    for (Criterion c : criteria) {
      ids.add(c.id());
    }
    return ids.toString();
  }

  private static String objectiveIds(List<Objective> objectives) {
    StringJoiner ids = new StringJoiner(", ");
    for (Objective o : objectives) {
      ids.add(o.id());
    }
    return ids.toString();
  }

  private static String readingIds(List<Reading> readings) {
    StringJoiner ids = new StringJoiner(", ");
    for (Reading r : readings) {
      ids.add(r.id());
    }
    return ids.toString();
  }
}
