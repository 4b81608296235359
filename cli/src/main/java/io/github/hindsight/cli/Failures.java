package io.github.hindsight.cli;

import io.github.hindsight.internal.Printable;
import io.github.hindsight.judgement.JudgementException;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.support.NotRegularFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into its exit code and one line per problem. Every line is printed through
 * {@link #say}, since what fails often echoes a file name, an id or an argument as the user gave it.
 *
 * <p>It holds no lambda, and no lambda stands for either handler: resolving one while the
 * launcher dumps its class-data archive links picocli's Java 5 interfaces, and the JVM then
 * leaves this class and those interfaces out of the archive, to be loaded and checked on every run.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final String PREFIX = "hindsight: ";

  private final HindsightCommand root;

  Failures(HindsightCommand root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    int code = report(ex, err);
    if (root.verbose()) {
      ex.printStackTrace(err);
    } else if (code == HindsightCli.INPUT_PROBLEM && !(ex instanceof FormatException) && !(ex instanceof CliException)
        && !(ex instanceof JudgementException) && !(ex instanceof InvalidModelException)) {
      err.println(PREFIX + "run again with --verbose for the details");
    }
    err.flush();
    return code;
  }

  /**
   * Prints a line that may echo what a user or a document gave: control characters, separators
   * and bidi controls are escaped, so that it stays one line and cannot drive the terminal.
   */
  static void say(PrintWriter to, String line) {
    to.println(Printable.escape(line));
  }

  /**
   * Prints text of several lines, such as a report, each line as {@link #say} prints it. In a
   * JSON report such characters stand only inside strings, where the escape is the same text.
   */
  static void sayLines(PrintWriter to, String text) {
    for (String line : text.lines().toList()) {
      say(to, line);
    }
  }

  /** Says which plugins could not be loaded, one line each. */
  static void notLoaded(PrintWriter err, List<?> problems) {
    for (Object p : problems) {
      say(err, PREFIX + "plugin not loaded: " + p);
    }
  }

  /** Prints the problems of a failure and says which exit code it means. */
  static int report(Throwable ex, PrintWriter err) {
    if (ex instanceof CliException e) {
      for (String l : e.lines()) {
        say(err, l);
      }
      return e.exitCode();
    }
    if (ex instanceof FormatException e) {
      for (FormatProblem p : e.problems()) {
        say(err, p.toString());
      }
      for (FormatProblem w : e.warnings()) {
        say(err, w.toString());
      }
      return HindsightCli.INPUT_PROBLEM;
    }
    if (ex instanceof JudgementException e) {
      for (String p : e.problems()) {
        say(err, PREFIX + "cannot judge: " + p);
      }
      return HindsightCli.INPUT_PROBLEM;
    }
    if (ex instanceof InvalidModelException) {
      say(err, PREFIX + ex.getMessage());
      return HindsightCli.INPUT_PROBLEM;
    }
    if (ex instanceof IOException e) {
      say(err, PREFIX + describe(e));
      return HindsightCli.IO_ERROR;
    }
    if (ex instanceof UncheckedIOException e) {
      say(err, PREFIX + describe(e.getCause()));
      return HindsightCli.IO_ERROR;
    }
    if (ex instanceof IllegalArgumentException) {
      // The facade's way of saying that no format fits a file name or an id.
      say(err, PREFIX + ex.getMessage());
      return HindsightCli.USAGE;
    }
    say(err, PREFIX + "unexpected failure: " + ex);
    return HindsightCli.INPUT_PROBLEM;
  }

  /** A file system failure in words, since the JDK's messages are often just the path. */
  static String describe(IOException e) {
    if (e instanceof FileSystemException fse) {
      String file = fse.getFile();
      String what;
      if (e instanceof NoSuchFileException) {
        what = "no such file or folder";
      } else if (e instanceof AccessDeniedException) {
        what = "permission denied";
      } else if (e instanceof NotDirectoryException) {
        what = "not a folder";
      } else if (e instanceof DirectoryNotEmptyException) {
        what = "folder not empty";
      } else {
        what = fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
      }
      if (fse.getReason() != null) {
        what = fse.getReason();
      }
      if (e instanceof NotRegularFileException) {
        what += "; give " + StandardOutput.DASH + " to write to standard output";
      }
      return (file == null ? "" : file + ": ") + what;
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** Usage errors: the message, what was meant if picocli can guess, and where help is. */
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    say(err, PREFIX + ex.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println(PREFIX + "see '" + cl.getCommandSpec().qualifiedName() + " --help'");
    }
    err.flush();
    return HindsightCli.USAGE;
  }
}
