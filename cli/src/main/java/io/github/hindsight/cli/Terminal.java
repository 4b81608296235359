package io.github.hindsight.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command writes: the standard output and standard error its command line was given, so
 * that tests and embedders see what a user would. Held by every command that prints; it adds
 * no option, so the commands' help stays as it was.
 */
final class Terminal {
  private final CommandSpec spec;

  /** @param spec the model of the command that prints */
  Terminal(CommandSpec spec) {
    this.spec = spec;
  }

  /** The command line of the command this belongs to. */
  CommandLine commandLine() {
    return spec.commandLine();
  }

  /** Where results go. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /**
   * Where a document goes when its output file is {@code -}: standard output as bytes, after
   * what was printed to {@link #out()}; closing it leaves standard output open.
   */
  OutputStream outBytes() {
    out().flush();
    return new BufferedOutputStream(StandardOutput.unclosable(((HindsightCommand) spec.root().userObject()).outBytes));
  }

  /** Where problems, progress and usage errors go. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
