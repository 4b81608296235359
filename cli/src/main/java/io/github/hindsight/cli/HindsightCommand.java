package io.github.hindsight.cli;

import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command: with no subcommand it shows the usage and fails as a usage error. Its
 * subcommands are added by {@link HindsightCli}, which sets up only the one asked for when it can.
 */
@Command(
    name = "hindsight",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Judge, convert, validate and write history interpretation questions.",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  the input has problems",
        "  2  usage error: unknown command, option, format or id",
        "  3  a file could not be read or written",
        "",
        "Examples:",
        "  hindsight judge examples/questions/cuban-missile-crisis.md",
        "  hindsight convert cuba.md cuba.json",
        "  hindsight validate questions/*.md",
        "  hindsight new my-question -o my-question.md"
    })
final class HindsightCommand implements Callable<Integer> {
  @Mixin
  Terminal terminal;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print a stack trace with each failure.")
  boolean verbose;

  /** Standard output as bytes, behind the text of {@link Terminal#out()}; set before a command runs. */
  OutputStream outBytes = OutputStream.nullOutputStream();

  @Override
  public Integer call() {
    terminal.err().println(Failures.PREFIX + "a command is missing");
    terminal.commandLine().usage(terminal.err());
    return HindsightCli.USAGE;
  }
}
