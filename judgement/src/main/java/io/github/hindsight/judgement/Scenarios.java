package io.github.hindsight.judgement;

import com.google.common.collect.ImmutableList;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The combinations of readings a question is judged under, and which readings decide the leader (section 5). */
final class Scenarios {
  private final Question question;
  private final JudgementConfig config;
  private final List<Objective> varied;

  /** @throws JudgementException if the readings not chosen make more scenarios than the configuration allows */
  Scenarios(Question question, JudgementConfig config, KnownAt known) {
    this.question = question;
    this.config = config;
    // An outcome whose evidence was not yet known is judged as it looked then, under no reading.
    this.varied = new ArrayList<>();
    for (Objective o : question.objectives()) {
      if (o.outcome().status() == OutcomeStatus.DEPENDS_ON_READING && !config.readings().containsKey(o.id())
          && !known.hidden(o.outcome().evidence())) {
        varied.add(o);
      }
    }
    ConfigurationCheck.scenarioCount(question, config, varied);
  }

  /** @return the readings of every scenario, by objective id, in the question's order of objectives */
  List<Map<String, String>> all() {
    List<Map<String, String>> out = new ArrayList<>();
    int[] digits = new int[varied.size()];
    // Objective ids are unique, so an objective's place among the varied ones is found by its id.
    Map<String, Integer> place = new HashMap<>();
    for (int i = 0; i < varied.size(); i++) {
      place.put(varied.get(i).id(), i);
    }
    while (true) {
      Map<String, String> readings = new LinkedHashMap<>();
      for (Objective o : question.objectives()) {
        Integer i = place.get(o.id());
        if (i != null) {
          readings.put(o.id(), o.outcome().readings().get(digits[i]).id());
        } else if (config.readings().containsKey(o.id())) {
          readings.put(o.id(), config.readings().get(o.id()));
        }
      }
      out.add(readings);
      // The last varied objective turns fastest, like the digits of a counter.
      int k = varied.size() - 1;
      while (k >= 0 && ++digits[k] == varied.get(k).outcome().readings().size()) {
        digits[k--] = 0;
      }
      if (k < 0) {
        return out;
      }
    }
  }

  /** @return the varied objectives whose reading changes the leaders (a tie counts as its own outcome) with the other readings held fixed */
  ImmutableList<String> decisive(List<Verdict> verdicts) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Objective o : varied) {
      Map<Map<String, String>, Set<List<String>>> leadersByRest = new LinkedHashMap<>();
      for (Verdict v : verdicts) {
        Map<String, String> rest = new LinkedHashMap<>(v.scenario().readings());
        rest.remove(o.id());
        Set<List<String>> leaders = leadersByRest.get(rest);
        if (leaders == null) {
          leaders = new HashSet<>();
          leadersByRest.put(rest, leaders);
        }
        leaders.add(v.leaders());
      }
      if (anyChange(leadersByRest.values())) {
        out.add(o.id());
      }
    }
    return out.build();
  }

  private static boolean anyChange(Iterable<Set<List<String>>> leaders) {
    for (Set<List<String>> s : leaders) {
      if (s.size() > 1) {
        return true;
      }
    }
    return false;
  }
}
