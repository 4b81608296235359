package io.github.hindsight.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;

/**
 * The entry point of the {@code hindsight} command.
 *
 * <p>Every command ends with one of four exit codes: {@link #OK}, {@link #INPUT_PROBLEM},
 * {@link #USAGE} and {@link #IO_ERROR}. Problems are reported on standard error one per line,
 * in the form {@code file:line:column: message} when the problem is in a document; a stack trace
 * is printed only with {@code --verbose}.
 */
public final class HindsightCli {
  /** The command did what was asked. */
  public static final int OK = 0;
  /** The input has problems: a document that does not parse or validate, or a question that cannot be judged. */
  public static final int INPUT_PROBLEM = 1;
  /** The command line is wrong: an unknown command, option, format or id, or a missing argument. */
  public static final int USAGE = 2;
  /** A file or folder could not be read or written. */
  public static final int IO_ERROR = 3;

  private HindsightCli() {}

  /** The subcommands, in the order the usage lists them. */
  private enum Subcommand {
    JUDGE("judge", true, true), CONVERT("convert", true, false), VALIDATE("validate", true, false),
    FORMATS("formats", true, false), NEW("new", false, false), SHELL("shell", false, false), SERVE("serve", true, true),
    HELP("help", false, false);

    final String word;
    /** Whether the command uses the formats found on the class path. */
    final boolean usesFormats;
    /** Whether it judges, with the criteria found on the class path. */
    final boolean usesCriteria;

    Subcommand(String word, boolean usesFormats, boolean usesCriteria) {
      this.word = word;
      this.usesFormats = usesFormats;
      this.usesCriteria = usesCriteria;
    }

    Object create() {
      return switch (this) {
        case JUDGE -> new JudgeCommand().spec();
        case CONVERT -> new ConvertCommand().spec();
        case VALIDATE -> new ValidateCommand().spec();
        case FORMATS -> new FormatsCommand().spec();
        case NEW -> new NewCommand().spec();
        case SHELL -> new ShellCommand().spec();
        case SERVE -> new ServeCommand().spec();
        case HELP -> new CommandLine.HelpCommand();
      };
    }
  }

  /**
   * Runs a command and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String... args) {
    for (Subcommand c : Subcommand.values()) {
      if (c.usesFormats && args.length > 0 && c.word.equals(args[0])) {
        // Finding the plugins takes about as long as setting up the command line: on a second
        // core, the two overlap.
        Discovery.startEarly(c.usesCriteria);
      }
    }
    System.exit(run(args));
  }

  /**
   * Runs a command on the standard streams, without exiting.
   *
   * @param args the command line
   * @return the exit code
   */
  public static int run(String... args) {
    Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    try {
      return commandLine(out, err, System.out, args).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Runs a command, writing its output and its errors to the writers given; for tests and for
   * embedding the command in another program. A document written to standard output (an
   * output file given as {@code -}) goes to {@code out} as text.
   *
   * @param out where results go
   * @param err where problems, progress and usage errors go
   * @param args the command line
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err, StandardOutput.decodingTo(out), args).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, OutputStream outBytes, String... args) {
    HindsightCommand root = new HindsightCommand();
    root.outBytes = outBytes;
    CommandLine cl = new CommandLine(root.spec());
    // Even built in code, a command's model costs a short run something: when the first argument
    // names a command, that one is all the run needs.
    // Anything else (options first, `help`, which may name any command, a mistyped name) gets them
    // all, for the usage and the suggestions.
    String first = args.length > 0 ? args[0] : "";
    boolean named = false;
    for (Subcommand c : Subcommand.values()) {
      named |= c != Subcommand.HELP && c.word.equals(first);
    }
    for (Subcommand c : Subcommand.values()) {
      if (!named || c.word.equals(first)) {
        cl.addSubcommand(c.word, c.create());
      }
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    Failures failures = new Failures(root);
    cl.setExecutionExceptionHandler(failures);
    cl.setParameterExceptionHandler(failures);
    return cl;
  }
}
