package io.github.hindsight.cli;

import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The root command: with no subcommand it shows the usage and fails as a usage error. Its
 * subcommands are added by {@link HindsightCli}, which sets up only the one asked for when it can.
 */
final class HindsightCommand implements Callable<Integer> {
  private final CommandSpec spec = Specs.command(this, "hindsight",
      "Judge, convert, validate and write history interpretation questions.");

  private final Terminal terminal = new Terminal(spec);

  // Every subcommand has it too, and a value given to any of them is this one's.
  private final OptionSpec verbose = Specs.add(spec, OptionSpec.builder("--verbose").type(boolean.class).initialValue(false)
      .scopeType(ScopeType.INHERIT).description("Print a stack trace with each failure."));

  /** Standard output as bytes, behind the text of {@link Terminal#out()}; set before a command runs. */
  OutputStream outBytes = OutputStream.nullOutputStream();

  HindsightCommand() {
    spec.versionProvider(new Version());
    spec.usageMessage().footerHeading("%nExit codes:%n").footer(
        "  0  success",
        "  1  the input has problems",
        "  2  usage error: unknown command, option, format or id",
        "  3  a file could not be read or written",
        "",
        "Examples:",
        "  hindsight judge examples/questions/cuban-missile-crisis.md",
        "  hindsight convert cuba.md cuba.json",
        "  hindsight validate questions/*.md",
        "  hindsight new my-question -o my-question.md");
  }

  /** @return the command's model, for the command line */
  CommandSpec spec() {
    return spec;
  }

  /** @return whether {@code --verbose} was given, to this command or to the one that ran */
  boolean verbose() {
    return Specs.isSet(verbose);
  }

  @Override
  public Integer call() {
    terminal.err().println(Failures.PREFIX + "a command is missing");
    terminal.commandLine().usage(terminal.err());
    return HindsightCli.USAGE;
  }
}
