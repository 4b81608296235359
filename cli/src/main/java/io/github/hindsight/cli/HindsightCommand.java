package io.github.hindsight.cli;

import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: with no subcommand it shows the usage and fails as a usage error. */
@Command(
    name = "hindsight",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Judge, convert, validate and write history interpretation questions.",
    subcommands = {
        JudgeCommand.class,
        ConvertCommand.class,
        ValidateCommand.class,
        FormatsCommand.class,
        NewCommand.class,
        ShellCommand.class,
        ServeCommand.class,
        picocli.CommandLine.HelpCommand.class
    },
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
