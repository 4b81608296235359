package io.github.hindsight.cli;

import io.github.hindsight.cli.serve.Settings;
import io.github.hindsight.cli.serve.SettingsException;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.judgement.TextReport;
import io.github.hindsight.model.Question;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code hindsight judge}: the verdict on one question, with its trace and its sensitivity. */
final class JudgeCommand implements Callable<Integer> {
  /** The forms of the report. */
  enum ReportFormat { TEXT, JSON, MARKDOWN }

  private final CommandSpec spec = Specs.command(this, "judge",
      "Judge a question by the method its kind calls for: who won ranks the sides, how far and how successful give each actor the extent of its aims, how convincing and to what extent weigh the interpretations.",
      "The report leads with the answer on one screen; --trace adds every scenario in detail and every item weighed.",
      "Without --as-of the question is judged with hindsight; with it, only what was known by that date counts.");

  private final Terminal terminal = new Terminal(spec);

  private final PositionalParamSpec file = Specs.add(spec, PositionalParamSpec.builder().paramLabel("FILE").arity("1").required(true).type(Path.class)
      .description("The question, in any format that reads (see 'hindsight formats')."));

  private final OptionSpec asOf = Specs.add(spec, OptionSpec.builder("--as-of").paramLabel("DATE").type(String.class)
      .description("Judge as of a date, such as 1962, 1962-11 or 1962-10-28."));

  private final OptionSpec weights = Specs.add(spec, OptionSpec.builder("--weight").paramLabel("CRITERION=W")
      .type(Map.class).auxiliaryTypes(String.class, Double.class)
      .description("Set the weight of a criterion, a number from 0 up. Repeatable."));

  private final OptionSpec readings = Specs.add(spec, OptionSpec.builder("--reading").paramLabel("OBJECTIVE=READING")
      .type(Map.class).auxiliaryTypes(String.class, String.class)
      .description("Choose the reading of an objective whose outcome depends on one. Repeatable."));

  private final OptionSpec trace = Specs.flag(spec, "--trace", "Add the full trace: every scenario in detail, with every item weighed.");

  private final OptionSpec format = Specs.add(spec, OptionSpec.builder("--format").paramLabel("text|json|markdown")
      .type(ReportFormat.class).defaultValue("text")
      .description("The form of the report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."));

  JudgeCommand() {
    Specs.examples(spec,
        "  hindsight judge examples/questions/cuban-missile-crisis.md",
        "  hindsight judge cuba.md --as-of 1962-11",
        "  hindsight judge cuba.md --trace",
        "  hindsight judge cuba.md --weight objectives=3 --weight perception=0",
        "  hindsight judge cuba.md --reading missiles-near-usa=bargaining-chip --format json");
  }

  /** @return the command's model, for the command line */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    Path file = this.file.getValue();
    Files2.requireReadableFile(file);
    Question question = Discovery.hindsight().read(file);
    JudgementConfig config = config(question);
    Judge judge = Discovery.judge();
    Judgement judgement = judge.judge(question, config);
    PrintWriter out = terminal.out();
    // Names and notes come from the document: printed escaped, as every other line is.
    boolean trace = Specs.isSet(this.trace);
    Failures.sayLines(out, switch (format.<ReportFormat>getValue()) {
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
    try {
      return Settings.config(question, asOf.getValue(), Specs.map(weights), Specs.map(readings));
    } catch (SettingsException e) {
      throw CliException.usage(Failures.PREFIX + "--" + e.setting() + ": " + e.getMessage());
    }
  }
}
