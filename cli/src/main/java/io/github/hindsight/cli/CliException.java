package io.github.hindsight.cli;

import java.util.List;

/** A failure that the command has already put into words: its exit code and one line per problem. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final List<String> lines;

  CliException(int exitCode, List<String> lines) {
    super(String.join("; ", lines));
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  static CliException usage(String message) {
    return new CliException(HindsightCli.USAGE, List.of(message));
  }

  static CliException io(String message) {
    return new CliException(HindsightCli.IO_ERROR, List.of(message));
  }

  int exitCode() {
    return exitCode;
  }

  List<String> lines() {
    return lines;
  }
}
