package io.github.hindsight.judgement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.hindsight.judgement.spi.CustomCriterion;
import io.github.hindsight.judgement.spi.JudgementContext;
import io.github.hindsight.judgement.spi.ScoredItem;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Horizon;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Period;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One run of the judgement method over one question and configuration; see docs/judgement.md. */
final class Engine {
  private final Question question;
  private final JudgementConfig config;
  private final ImmutableMap<String, CustomCriterion> custom;
  private final Optional<HistoricalDate> asOf;
  private final Set<String> known = new HashSet<>();

  Engine(Question question, JudgementConfig config, ImmutableMap<String, CustomCriterion> custom) {
    this.question = question;
    this.config = config;
    this.custom = custom;
    this.asOf = config.asOf();
    for (Evidence e : question.evidence()) {
      if (asOf.isEmpty() || e.isKnownBy(asOf.get())) {
        known.add(e.id());
      }
    }
  }

  static List<Criterion> baseCriteria(Question question, JudgementConfig config) {
    if (!config.criteria().isEmpty()) {
      return config.criteria();
    }
    return question.criteria().isEmpty() ? Judge.defaultCriteria() : question.criteria();
  }

  Judgement run() {
    List<String> problems = new ArrayList<>();
    question.validate().errors().forEach(p -> problems.add("the question is invalid at " + p.path() + ": " + p.message()));
    if (question.actors().isEmpty()) {
      problems.add("the question has no actors to judge");
    }
    ImmutableList<Criterion> criteria = criteria(problems);
    checkReadings(problems);
    if (!problems.isEmpty()) {
      throw new JudgementException(question.id(), problems);
    }
    List<Objective> varied = question.objectives().stream().filter(this::varies).collect(Collectors.toList());
    checkScenarioCount(varied);

    List<Map<String, String>> scenarios = scenarios(varied);
    List<Verdict> verdicts = new ArrayList<>();
    for (Map<String, String> readings : scenarios) {
      verdicts.add(verdict(criteria, readings));
    }
    return Judgement.builder()
        .question(question.id())
        .prompt(question.prompt())
        .actors(question.actors().stream().collect(ImmutableMap.toImmutableMap(a -> a.id(), a -> a.name())))
        .config(config)
        .criteria(criteria)
        .verdicts(verdicts)
        .decisiveReadings(decisive(varied, verdicts))
        .unknownEvidence(question.evidence().stream().map(Evidence::id).filter(id -> !known.contains(id)).collect(Collectors.toList()))
        .interpretations(question.interpretations().stream().map(i -> support(i, verdicts)).collect(Collectors.toList()))
        .build();
  }

  // ---- checking the configuration -------------------------------------------------------------

  private ImmutableList<Criterion> criteria(List<String> problems) {
    List<Criterion> base = baseCriteria(question, config);
    Set<String> ids = new HashSet<>();
    for (Criterion c : base) {
      if (!ids.add(c.id())) {
        problems.add("the configuration lists criterion '" + c.id() + "' twice");
      }
    }
    String known = base.stream().map(Criterion::id).collect(Collectors.joining(", "));
    config.weights().keySet().stream().filter(id -> !ids.contains(id)).forEach(id ->
        problems.add("the weights name criterion '" + id + "', which is not among the criteria judged by (" + known + ")"));
    ImmutableList.Builder<Criterion> out = ImmutableList.builder();
    double sum = 0;
    for (Criterion c : base) {
      Criterion weighted = config.weights().containsKey(c.id()) ? c.withWeight(config.weights().get(c.id())) : c;
      sum += weighted.weight();
      if (c.measure() == Measure.CUSTOM && !custom.containsKey(c.customMeasure().orElse(""))) {
        problems.add("criterion '" + c.id() + "' uses the custom measure '" + c.customMeasure().orElse("")
            + "', which is not registered (registered: " + (custom.isEmpty() ? "none" : String.join(", ", custom.keySet()))
            + "); register it with Judge.builder().addCustomCriterion(...) or as a service");
      }
      out.add(weighted);
    }
    if (!base.isEmpty() && !(sum > 0)) {
      problems.add("the weights of the criteria add up to 0; at least one must be above 0");
    }
    return out.build();
  }

  private void checkReadings(List<String> problems) {
    config.readings().forEach((objectiveId, readingId) -> {
      Optional<Objective> o = question.objective(objectiveId);
      if (o.isEmpty()) {
        problems.add("the readings name objective '" + objectiveId + "', which the question does not have");
      } else if (o.get().outcome().status() != OutcomeStatus.DEPENDS_ON_READING) {
        problems.add("the readings choose '" + readingId + "' for objective '" + objectiveId + "', whose outcome does not depend on a reading (it is '"
            + o.get().outcome().status().word() + "')");
      } else if (o.get().outcome().reading(readingId).isEmpty()) {
        problems.add("objective '" + objectiveId + "' has no reading '" + readingId + "'; its readings are "
            + o.get().outcome().readings().stream().map(Reading::id).collect(Collectors.joining(", ")));
      }
    });
  }

  private void checkScenarioCount(List<Objective> varied) {
    long count = 1;
    for (Objective o : varied) {
      count = Math.min(count * o.outcome().readings().size(), Long.MAX_VALUE / 64);
    }
    if (count > config.maxScenarios()) {
      String dims = varied.stream().map(o -> o.id() + " (" + o.outcome().readings().size() + " readings)").collect(Collectors.joining(", "));
      throw new JudgementException(question.id(), List.of(varied.size() + " objectives depend on a reading not chosen in the configuration: "
          + dims + "; that makes " + count + " scenarios, more than the limit of " + config.maxScenarios()
          + ". Choose readings for some of them with JudgementConfig.readings, or raise maxScenarios (at most "
          + JudgementConfig.SCENARIO_CEILING + ")"));
    }
  }

  // ---- outcomes, readings and the as-of date ---------------------------------------------------

  private boolean hiddenAsOf(List<String> evidence) {
    return asOf.isPresent() && !evidence.isEmpty() && evidence.stream().noneMatch(known::contains);
  }

  private boolean varies(Objective o) {
    Outcome out = o.outcome();
    return out.status() == OutcomeStatus.DEPENDS_ON_READING && !config.readings().containsKey(o.id()) && !hiddenAsOf(out.evidence());
  }

  /** An objective's status in a scenario, with what it rests on. */
  private static final class Resolved {
    final OutcomeStatus status;
    final Optional<String> reading;
    final boolean beforeEvidence;
    final List<String> evidence = new ArrayList<>();
    final List<String> unknown = new ArrayList<>();
    String why = "";

    Resolved(OutcomeStatus status, Optional<String> reading, boolean beforeEvidence) {
      this.status = status;
      this.reading = reading;
      this.beforeEvidence = beforeEvidence;
    }
  }

  private Resolved resolve(Objective o, Map<String, String> readings) {
    Outcome out = o.outcome();
    if (hiddenAsOf(out.evidence())) {
      String ids = String.join(", ", out.evidence());
      Resolved r = new Resolved(out.statusBeforeEvidence().orElse(OutcomeStatus.UNCLEAR), Optional.empty(), out.statusBeforeEvidence().isPresent());
      r.unknown.addAll(out.evidence());
      r.why = r.beforeEvidence
          ? "as it looked before " + ids + " came out (not known by " + asOf.get() + ")"
          : "none of its evidence (" + ids + ") was known by " + asOf.get();
      return r;
    }
    if (out.status() == OutcomeStatus.DEPENDS_ON_READING) {
      String id = readings.get(o.id());
      Reading reading = out.reading(id).orElseThrow();
      boolean hidden = hiddenAsOf(reading.evidence());
      Resolved r = new Resolved(hidden ? OutcomeStatus.UNCLEAR : reading.status(), Optional.of(id), false);
      split(out.evidence(), r);
      split(reading.evidence(), r);
      r.why = hidden
          ? "under the reading '" + id + "', none of whose evidence was known by " + asOf.get()
          : "under the reading '" + id + "'";
      return r;
    }
    Resolved r = new Resolved(out.status(), Optional.empty(), false);
    split(out.evidence(), r);
    return r;
  }

  private void split(List<String> evidence, Resolved into) {
    for (String id : evidence) {
      List<String> side = known.contains(id) ? into.evidence : into.unknown;
      if (!side.contains(id)) {
        side.add(id);
      }
    }
  }

  private boolean happened(Optional<HistoricalDate> date, List<String> evidence) {
    if (asOf.isEmpty()) {
      return true;
    }
    if (date.isPresent()) {
      return date.get().isOnOrBefore(asOf.get());
    }
    // Undated: it counts once something behind it was known, or always if nothing is cited.
    return evidence.isEmpty() || evidence.stream().anyMatch(known::contains);
  }

  private List<String> knownOf(List<String> evidence) {
    return evidence.stream().filter(known::contains).collect(Collectors.toList());
  }

  private List<String> unknownOf(List<String> evidence) {
    return evidence.stream().filter(id -> !known.contains(id)).collect(Collectors.toList());
  }

  // ---- scenarios ------------------------------------------------------------------------------

  private List<Map<String, String>> scenarios(List<Objective> varied) {
    List<Map<String, String>> out = new ArrayList<>();
    int[] digits = new int[varied.size()];
    while (true) {
      Map<String, String> readings = new LinkedHashMap<>();
      for (Objective o : question.objectives()) {
        int i = varied.indexOf(o);
        if (i >= 0) {
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

  private ImmutableList<String> decisive(List<Objective> varied, List<Verdict> verdicts) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Objective o : varied) {
      Map<Map<String, String>, Set<String>> leadersByRest = new LinkedHashMap<>();
      for (Verdict v : verdicts) {
        Map<String, String> rest = new LinkedHashMap<>(v.scenario().readings());
        rest.remove(o.id());
        leadersByRest.computeIfAbsent(rest, k -> new HashSet<>()).add(v.leader());
      }
      if (leadersByRest.values().stream().anyMatch(s -> s.size() > 1)) {
        out.add(o.id());
      }
    }
    return out.build();
  }

  // ---- one verdict ----------------------------------------------------------------------------

  private Verdict verdict(ImmutableList<Criterion> criteria, Map<String, String> readings) {
    Context context = new Context(readings);
    int n = question.actors().size();
    int m = criteria.size();
    double[][] scores = new double[n][m];
    boolean[][] basis = new boolean[n][m];
    List<TraceEntry> trace = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      String actor = question.actors().get(a).id();
      for (int c = 0; c < m; c++) {
        List<TraceEntry> entries = entries(criteria.get(c), actor, readings, context);
        double weight = 0;
        double sum = 0;
        for (TraceEntry e : entries) {
          if (e.counted()) {
            weight += e.weight();
            sum += e.weight() * e.credit();
          }
        }
        if (weight > 0) {
          scores[a][c] = Math.min(1, Math.max(0, sum / weight));
          basis[a][c] = true;
          for (TraceEntry e : entries) {
            trace.add(e.counted() ? e.withContribution(e.weight() * e.credit() / weight) : e);
          }
        } else {
          scores[a][c] = 0.5;
          trace.addAll(entries);
          trace.add(TraceEntry.builder().actor(actor).criterion(criteria.get(c).id()).kind(TraceKind.NO_BASIS)
              .subject(criteria.get(c).id()).counted(true).credit(0.5).weight(0).contribution(0.5)
              .note("nothing counted for this actor on this criterion, so it gets the neutral score 0.5").build());
        }
      }
    }
    double[] weights = criteria.stream().mapToDouble(Criterion::weight).toArray();
    double weightSum = 0;
    for (double w : weights) {
      weightSum += w;
    }
    double[] totals = new double[n];
    List<Score> scoreList = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      double total = 0;
      for (int c = 0; c < m; c++) {
        double contribution = weights[c] * scores[a][c] / weightSum;
        total += contribution;
        scoreList.add(Score.builder().actor(question.actors().get(a).id()).criterion(criteria.get(c).id())
            .value(scores[a][c]).weight(weights[c]).contribution(contribution).hasBasis(basis[a][c]).build());
      }
      // Sums in a different order differ in the last bits; snapping makes equal totals tie exactly.
      totals[a] = Math.min(1, Math.max(0, Math.rint(total * 1e12) / 1e12));
    }
    List<Integer> order = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      order.add(a);
    }
    // A stable sort, so equal totals keep the question's order.
    order.sort((x, y) -> Double.compare(totals[y], totals[x]));
    List<Standing> standings = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      int a = order.get(r);
      standings.add(Standing.builder().rank(r + 1).actor(question.actors().get(a).id()).total(totals[a]).build());
    }
    double margin = n > 1 ? totals[order.get(0)] - totals[order.get(1)] : totals[order.get(0)];
    return Verdict.builder()
        .scenario(Scenario.builder().readings(readings)
            .chosen(readings.entrySet().stream().filter(e -> config.readings().containsKey(e.getKey()))
                .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue)))
            .build())
        .criteria(criteria)
        .scores(scoreList)
        .standings(standings)
        .margin(margin)
        .label(config.standard().label(margin))
        .standard(config.standard())
        .trace(trace)
        .sensitivity(Sensitivities.of(criteria, question.actors().stream().map(x -> x.id()).collect(Collectors.toList()), scores, order.get(0)))
        .build();
  }

  private List<TraceEntry> entries(Criterion criterion, String actor, Map<String, String> readings, Context context) {
    switch (criterion.measure()) {
      case OBJECTIVES_ACHIEVED:
        return objectives(criterion, actor, readings, false);
      case SHARED_OBJECTIVES:
        return objectives(criterion, actor, readings, true);
      case CONSEQUENCES:
        return consequences(criterion, actor, false);
      case BALANCE_OF_POWER:
        return consequences(criterion, actor, true);
      case PERCEPTION:
        return perceptions(criterion, actor);
      case CUSTOM:
        return customEntries(criterion, actor, context);
      default:
        throw new IllegalStateException("unknown measure " + criterion.measure());
    }
  }

  static double credit(OutcomeStatus status) {
    switch (status) {
      case ACHIEVED:
        return 1;
      case PARTLY_ACHIEVED:
        return 0.5;
      default:
        return 0;
    }
  }

  static double credit(Effect effect) {
    switch (effect) {
      case POSITIVE:
        return 1;
      case NEGATIVE:
        return 0;
      default:
        return 0.5;
    }
  }

  static double weight(Importance importance) {
    return importance.ordinal() + 1.0;
  }

  static double weight(Horizon horizon) {
    return horizon == Horizon.LONG_TERM ? 2.0 : 1.0;
  }

  private List<TraceEntry> objectives(Criterion criterion, String actor, Map<String, String> readings, boolean shared) {
    List<TraceEntry> out = new ArrayList<>();
    for (Objective o : question.objectivesOf(actor)) {
      if (o.isShared() != shared) {
        continue;
      }
      Resolved r = resolve(o, readings);
      boolean counted = r.status != OutcomeStatus.UNCLEAR;
      String note = r.status.word() + ", " + o.importance().word() + " importance"
          + (counted ? " (weight " + (int) weight(o.importance()) + ")" : ", so left out of the score")
          + (r.why.isEmpty() ? "" : "; " + r.why);
      TraceEntry.Builder e = TraceEntry.builder().actor(actor).criterion(criterion.id()).kind(TraceKind.OBJECTIVE)
          .subject(o.id()).counted(counted).credit(credit(r.status)).weight(counted ? weight(o.importance()) : 0)
          .status(r.status).beforeEvidence(r.beforeEvidence).evidence(r.evidence).unknownEvidence(r.unknown).note(note);
      r.reading.ifPresent(e::reading);
      out.add(e.build());
    }
    return out;
  }

  private List<TraceEntry> consequences(Criterion criterion, String actor, boolean balanceOnly) {
    List<TraceEntry> out = new ArrayList<>();
    for (Consequence c : question.consequencesFor(actor)) {
      if (balanceOnly && !c.balanceOfPower()) {
        continue;
      }
      Effect effect = c.effectOn(actor).orElseThrow().effect();
      boolean counted = happened(c.date(), c.evidence());
      String note = effect.word() + ", " + c.horizon().word() + " (weight " + (int) weight(c.horizon()) + ")"
          + (counted ? "" : "; " + later(c.date()));
      out.add(TraceEntry.builder().actor(actor).criterion(criterion.id()).kind(TraceKind.CONSEQUENCE).subject(c.id())
          .counted(counted).credit(credit(effect)).weight(counted ? weight(c.horizon()) : 0).effect(effect)
          .evidence(knownOf(c.evidence())).unknownEvidence(unknownOf(c.evidence())).note(note).build());
    }
    return out;
  }

  private String later(Optional<HistoricalDate> date) {
    return date.map(d -> "dated " + d + ", after " + asOf.orElseThrow() + ", so left out")
        .orElse("none of its evidence was known by " + asOf.orElseThrow() + ", so left out");
  }

  private List<TraceEntry> perceptions(Criterion criterion, String actor) {
    List<TraceEntry> out = new ArrayList<>();
    for (Perception p : question.perceptionsOf(actor)) {
      boolean atTheTime = p.period() == Period.AT_THE_TIME;
      boolean counted = atTheTime && happened(p.date(), p.evidence());
      String note = p.view().word() + " view held by " + p.heldBy()
          + (!atTheTime ? "; a later view, not one held at the time, so left out" : counted ? "" : "; " + later(p.date()));
      out.add(TraceEntry.builder().actor(actor).criterion(criterion.id()).kind(TraceKind.PERCEPTION).subject(p.id())
          .counted(counted).credit(credit(p.view())).weight(counted ? 1 : 0).effect(p.view())
          .evidence(knownOf(p.evidence())).unknownEvidence(unknownOf(p.evidence())).note(note).build());
    }
    return out;
  }

  private List<TraceEntry> customEntries(Criterion criterion, String actor, Context context) {
    String id = criterion.customMeasure().orElseThrow();
    List<ScoredItem> items;
    try {
      items = custom.get(id).score(context, actor);
    } catch (RuntimeException e) {
      throw new JudgementException(question.id(), List.of("the custom criterion '" + id + "' failed for actor '" + actor + "': " + e));
    }
    List<TraceEntry> out = new ArrayList<>();
    for (ScoredItem item : items) {
      out.add(TraceEntry.builder().actor(actor).criterion(criterion.id()).kind(TraceKind.CUSTOM).subject(item.subject())
          .counted(true).credit(item.credit()).weight(item.weight()).evidence(knownOf(item.evidence()))
          .unknownEvidence(unknownOf(item.evidence())).note(item.note()).build());
    }
    return out;
  }

  // ---- interpretations ------------------------------------------------------------------------

  private InterpretationSupport support(Interpretation i, List<Verdict> verdicts) {
    List<String> supporting = knownOf(i.supportingEvidence());
    List<String> challenging = knownOf(i.challengingEvidence());
    List<String> unknown = new ArrayList<>(unknownOf(i.supportingEvidence()));
    unknown.addAll(unknownOf(i.challengingEvidence()));
    double agreement = 0;
    for (Verdict v : verdicts) {
      if (i.favours().contains(v.leader())) {
        agreement += i.favours().size() == 1 ? 1 : 0.5;
      }
    }
    return InterpretationSupport.builder().interpretation(i.id())
        .supporting(supporting).challenging(challenging).unknown(unknown)
        .support((supporting.size() + 1.0) / (supporting.size() + challenging.size() + 2.0))
        .agreement(agreement / verdicts.size())
        .build();
  }

  /** What a custom criterion sees of one scenario. */
  private final class Context implements JudgementContext {
    private final Map<String, String> readings;

    Context(Map<String, String> readings) {
      this.readings = readings;
    }

    @Override
    public Question question() {
      return question;
    }

    @Override
    public Optional<HistoricalDate> asOf() {
      return asOf;
    }

    @Override
    public boolean isKnown(String evidenceId) {
      return known.contains(evidenceId);
    }

    @Override
    public OutcomeStatus status(Objective objective) {
      return resolve(objective, readings).status;
    }

    @Override
    public Optional<String> reading(String objectiveId) {
      return question.objective(objectiveId).flatMap(o -> resolve(o, readings).reading);
    }

    @Override
    public boolean counts(Consequence consequence) {
      return happened(consequence.date(), consequence.evidence());
    }

    @Override
    public boolean counts(Perception perception) {
      return happened(perception.date(), perception.evidence());
    }
  }
}
