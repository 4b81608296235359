package io.github.hindsight.judgement;

import com.google.common.collect.ImmutableList;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Problem;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Whether a question can be judged under a configuration, every problem found at once. */
final class ConfigurationCheck {
  private ConfigurationCheck() {}

  static List<Criterion> baseCriteria(Question question, JudgementConfig config) {
    if (!config.criteria().isEmpty()) {
      return config.criteria();
    }
    return question.criteria().isEmpty() ? Judge.defaultCriteria() : question.criteria();
  }

  /**
   * @return the criteria to judge by, with the configuration's weights
   * @throws JudgementException listing every problem of the question and the configuration
   */
  static ImmutableList<Criterion> criteria(Question question, JudgementConfig config, Measures measures) {
    List<String> problems = new ArrayList<>();
    for (Problem p : question.validate().errors()) {
      problems.add("the question is invalid at " + p.path() + ": " + p.message());
    }
    if (question.actors().isEmpty()) {
      problems.add("the question has no actors to judge");
    }
    ImmutableList<Criterion> criteria = weighted(question, config, measures, problems);
    checkReadings(question, config, problems);
    if (!problems.isEmpty()) {
      throw new JudgementException(question.id(), problems);
    }
    return criteria;
  }

  private static ImmutableList<Criterion> weighted(Question question, JudgementConfig config, Measures measures, List<String> problems) {
    List<Criterion> base = baseCriteria(question, config);
    Set<String> ids = new HashSet<>();
    for (Criterion c : base) {
      if (!ids.add(c.id())) {
        problems.add("the configuration lists criterion '" + c.id() + "' twice");
      }
    }
    List<String> known = new ArrayList<>(base.size());
    for (Criterion c : base) {
      known.add(c.id());
    }
    for (String id : config.weights().keySet()) {
      if (!ids.contains(id)) {
        problems.add("the weights name criterion '" + id + "', which is not among the criteria judged by (" + String.join(", ", known) + ")");
      }
    }
    ImmutableList.Builder<Criterion> out = ImmutableList.builder();
    double sum = 0;
    for (Criterion c : base) {
      Criterion weighted = config.weights().containsKey(c.id()) ? c.withWeight(config.weights().get(c.id())) : c;
      sum += weighted.weight();
      if (c.measure() == Measure.CUSTOM && measures.of(c).isEmpty()) {
        problems.add("criterion '" + c.id() + "' uses the custom measure '" + c.customMeasure().orElse("")
            + "', which is not registered (registered: " + (measures.customIds().isEmpty() ? "none" : String.join(", ", measures.customIds()))
            + "); register it with Judge.builder().addCustomCriterion(...) or as a service");
      }
      out.add(weighted);
    }
    if (!base.isEmpty() && !(sum > 0)) {
      problems.add("the weights of the criteria add up to 0; at least one must be above 0");
    }
    return out.build();
  }

  private static void checkReadings(Question question, JudgementConfig config, List<String> problems) {
    // Objective ids are unique; one map, not a scan of the objectives for every reading chosen.
    Map<String, Objective> byId = new HashMap<>();
    for (Objective o : question.objectives()) {
      byId.put(o.id(), o);
    }
    for (Map.Entry<String, String> r : config.readings().entrySet()) {
      String objectiveId = r.getKey();
      String readingId = r.getValue();
      Optional<Objective> o = Optional.ofNullable(byId.get(objectiveId));
      if (o.isEmpty()) {
        problems.add("the readings name objective '" + objectiveId + "', which the question does not have");
      } else if (o.get().outcome().status() != OutcomeStatus.DEPENDS_ON_READING) {
        problems.add("the readings choose '" + readingId + "' for objective '" + objectiveId + "', whose outcome does not depend on a reading (it is '"
            + o.get().outcome().status().word() + "')");
      } else if (o.get().outcome().reading(readingId).isEmpty()) {
        List<String> readings = new ArrayList<>();
        for (Reading reading : o.get().outcome().readings()) {
          readings.add(reading.id());
        }
        problems.add("objective '" + objectiveId + "' has no reading '" + readingId + "'; its readings are " + String.join(", ", readings));
      }
    }
  }

  /**
   * @param varied the objectives judged under every reading
   * @throws JudgementException if they make more scenarios than the configuration allows
   */
  static void scenarioCount(Question question, JudgementConfig config, List<Objective> varied) {
    long count = 1;
    for (Objective o : varied) {
      count = Math.min(count * o.outcome().readings().size(), Long.MAX_VALUE / 64);
    }
    if (count > config.maxScenarios()) {
      List<String> dims = new ArrayList<>(varied.size());
      for (Objective o : varied) {
        dims.add(o.id() + " (" + o.outcome().readings().size() + " readings)");
      }
      throw new JudgementException(question.id(), List.of(varied.size() + " objectives depend on a reading not chosen in the configuration: "
          + String.join(", ", dims) + "; that makes " + count + " scenarios, more than the limit of " + config.maxScenarios()
          + ". Choose readings for some of them with JudgementConfig.readings, or raise maxScenarios (at most "
          + JudgementConfig.SCENARIO_CEILING + ")"));
    }
  }
}
