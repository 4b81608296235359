package io.github.hindsight.cli;

import io.github.hindsight.Hindsight;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.judgement.TextReport;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hindsight judge}: the verdict on one question, with its trace and its sensitivity. */
@Command(
    name = "judge",
    mixinStandardHelpOptions = true,
    description = {
        "Judge a question by the method its kind calls for: who won ranks the sides, how far and how successful give each actor the extent of its aims, how convincing and to what extent weigh the interpretations.",
        "The report leads with the answer on one screen; --trace adds every scenario in detail and every item weighed.",
        "Without --as-of the question is judged with hindsight; with it, only what was known by that date counts."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  hindsight judge examples/questions/cuban-missile-crisis.md",
        "  hindsight judge cuba.md --as-of 1962-11",
        "  hindsight judge cuba.md --trace",
        "  hindsight judge cuba.md --weight objectives=3 --weight perception=0",
        "  hindsight judge cuba.md --reading missiles-near-usa=bargaining-chip --format json"
    })
final class JudgeCommand implements Callable<Integer> {
  /** The forms of the report. */
  enum ReportFormat { TEXT, JSON, MARKDOWN }

  @Mixin
  Terminal terminal;

  @Parameters(paramLabel = "FILE", description = "The question, in any format that reads (see 'hindsight formats').")
  Path file;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Judge as of a date, such as 1962, 1962-11 or 1962-10-28.")
  @Nullable String asOf;

  @Option(names = "--weight", paramLabel = "CRITERION=W", description = "Set the weight of a criterion, a number from 0 up. Repeatable.")
  Map<String, Double> weights = new LinkedHashMap<>();

  @Option(names = "--reading", paramLabel = "OBJECTIVE=READING",
      description = "Choose the reading of an objective whose outcome depends on one. Repeatable.")
  Map<String, String> readings = new LinkedHashMap<>();

  @Option(names = "--trace", description = "Add the full trace: every scenario in detail, with every item weighed.")
  boolean trace;

  @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
      description = "The form of the report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.TEXT;

  @Override
  public Integer call() throws Exception {
    Files2.requireReadableFile(file);
    Question question = Hindsight.standard().read(file);
    JudgementConfig config = config(question);
    Judge judge = Judge.standard();
    Judgement judgement = judge.judge(question, config);
    PrintWriter out = terminal.out();
    // Names and notes come from the document: printed escaped, as every other line is.
    Failures.sayLines(out, switch (format) {
      case JSON -> JudgementReports.json(judgement, trace);
      case MARKDOWN -> JudgementReports.markdown(judgement, trace);
      default -> TextReport.render(judgement, trace);
    });
    out.flush();
    // A criterion that came as a service and could not be used is said, as a format is.
    Failures.notLoaded(terminal.err(), judge.problems());
    return HindsightCli.OK;
  }

  /** The configuration the options ask for, refusing ids the question does not have as usage errors. */
  JudgementConfig config(Question question) {
    JudgementConfig.Builder config = JudgementConfig.builder();
    if (asOf != null) {
      Optional<HistoricalDate> date = HistoricalDate.tryParse(asOf);
      if (date.isEmpty()) {
        throw CliException.usage(Failures.PREFIX + "--as-of: '" + asOf + "' is not a date; expected YEAR, YEAR-MM or YEAR-MM-DD, such as 1962-11");
      }
      config.asOf(date.get());
    }
    List<Criterion> criteria = question.criteria().isEmpty() ? Judge.defaultCriteria() : question.criteria();
    String criterionIds = criteria.stream().map(Criterion::id).collect(Collectors.joining(", "));
    weights.forEach((id, w) -> {
      if (criteria.stream().noneMatch(c -> c.id().equals(id))) {
        throw CliException.usage(Failures.PREFIX + "--weight: no criterion '" + id + "' in " + question.id() + "; its criteria are " + criterionIds);
      }
      if (!Double.isFinite(w) || w < 0) {
        throw CliException.usage(Failures.PREFIX + "--weight: the weight of '" + id + "' is " + w + "; expected a number from 0 up");
      }
    });
    config.putAllWeights(weights);
    String dependent = question.objectives().stream().filter(o -> !o.outcome().readings().isEmpty()).map(Objective::id)
        .collect(Collectors.joining(", "));
    readings.forEach((objectiveId, readingId) -> {
      Objective objective = question.objectives().stream().filter(o -> o.id().equals(objectiveId)).findFirst()
          .filter(o -> !o.outcome().readings().isEmpty())
          .orElseThrow(() -> CliException.usage(Failures.PREFIX + "--reading: no objective '" + objectiveId + "' with readings in "
              + question.id() + "; the objectives that depend on a reading are " + (dependent.isEmpty() ? "none" : dependent)));
      if (objective.outcome().reading(readingId).isEmpty()) {
        throw CliException.usage(Failures.PREFIX + "--reading: objective '" + objectiveId + "' has no reading '" + readingId
            + "'; its readings are " + objective.outcome().readings().stream().map(Reading::id).collect(Collectors.joining(", ")));
      }
    });
    config.putAllReadings(readings);
    return config.build();
  }
}
