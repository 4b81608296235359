package io.github.hindsight.cli;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.support.AssembledBank;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code hindsight validate}: every problem of every file, not just the first. */
final class ValidateCommand implements Callable<Integer> {
  private final CommandSpec spec = Specs.command(this, "validate",
      "Check questions and banks: every problem of every file is reported on standard error as file:line:column: message, and each valid file is listed on standard output.",
      "Warnings (such as an actor without objectives) are reported too, as file:line:column: warning: message, but do not fail the check.",
      "The exit code is 3 if a file could not be read, else 2 if a file's format is unknown, else 1 if a file has problems.");

  private final Terminal terminal = new Terminal(spec);

  private final Threads threads = new Threads(spec);

  private final PositionalParamSpec files = Specs.add(spec, PositionalParamSpec.builder().paramLabel("FILE").arity("1..*").required(true)
      .type(List.class).auxiliaryTypes(Path.class).description("Files or folders of questions."));

  ValidateCommand() {
    Specs.examples(spec,
        "  hindsight validate cuba.md",
        "  hindsight validate examples/questions/*.md bank.json",
        "  hindsight validate questions/",
        "  hindsight validate --threads 0 corpus.jsonl");
  }

  /** @return the command's model, for the command line */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Hindsight hindsight = threads.apply(Discovery.hindsight());
    List<Path> files = Specs.list(this.files);
    PrintWriter out = terminal.out();
    PrintWriter err = terminal.err();
    int worst = HindsightCli.OK;
    int failed = 0;
    for (Path file : files) {
      int code = validate(hindsight, file, out, err);
      if (code != HindsightCli.OK) {
        failed++;
      }
      worst = worse(worst, code);
    }
    if (failed > 0 && files.size() > 1) {
      err.println(Failures.PREFIX + failed + " of " + files.size() + " files failed the check");
    }
    out.flush();
    err.flush();
    return worst;
  }

  private static int validate(Hindsight hindsight, Path file, PrintWriter out, PrintWriter err) {
    if (!Files.exists(file)) {
      Failures.say(err, Failures.PREFIX + "cannot read " + file + ": no such file or folder");
      return HindsightCli.IO_ERROR;
    }
    AssembledBank checked;
    try {
      checked = Documents.check(hindsight, file);
    } catch (Exception e) {
      return Failures.report(e, err);
    }
    for (FormatProblem warning : checked.warnings()) {
      Failures.say(err, warning.toString());
    }
    QuestionBank bank = checked.bank();
    int n = bank.questions().size();
    Failures.say(out, file + ": valid, " + n + (n == 1 ? " question" : " questions")
        + (bank.topics().isEmpty() ? "" : ", " + bank.topics().size() + (bank.topics().size() == 1 ? " topic" : " topics")));
    return HindsightCli.OK;
  }

  /** I/O errors outrank usage errors, which outrank problems in the input. */
  private static int worse(int a, int b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(int code) {
    return switch (code) {
      case HindsightCli.IO_ERROR -> 3;
      case HindsightCli.USAGE -> 2;
      case HindsightCli.INPUT_PROBLEM -> 1;
      default -> 0;
    };
  }
}
