package io.github.hindsight.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The run the launcher records its class-data archive from: the everyday commands, once each, on
 * one question, with everything they print thrown away. An archive recorded from a user's first
 * command alone would leave the other commands loading and linking their own classes, and
 * spinning their own lambdas, on every run.
 */
final class ArchiveTraining {
  private ArchiveTraining() {}

  /**
   * Runs the commands on a question, exiting with the worst of their exit codes.
   *
   * @param args the question file
   */
  public static void main(String... args) {
    if (args.length != 1) {
      System.err.println(Failures.PREFIX + "expected one question file to train on");
      System.exit(HindsightCli.USAGE);
    }
    System.exit(train(args[0]));
  }

  /**
   * Runs {@code validate}, {@code judge} (as text and as JSON), {@code formats} and the usage help
   * on a question.
   *
   * @param question the question file
   * @return the highest exit code of the commands: 0 when all of them succeeded
   */
  static int train(String question) {
    PrintWriter sink = new PrintWriter(new StringWriter());
    // As a run from main starts, so that the classes of the early start are in the archive too.
    Discovery.startEarly(true);
    int worst = HindsightCli.OK;
    for (List<String> command : List.of(List.of("validate", question), List.of("judge", question),
        List.of("judge", question, "--format", "json"), List.of("formats"), List.of("--help"))) {
      worst = Math.max(worst, HindsightCli.run(sink, sink, command.toArray(String[]::new)));
    }
    return worst;
  }
}
