package io.github.hindsight.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code hindsight shell}: jshell with Hindsight on the class path and its imports and helpers loaded. */
final class ShellCommand implements Callable<Integer> {
  static final String STARTUP = "hindsight.jsh";

  private final CommandSpec spec = Specs.command(this, "shell",
      "Start jshell with Hindsight and its formats on the class path, the imports made, and helpers such as load(path), judge(question) and show(judgement).",
      "Arguments after -- go to jshell as they are. jshell comes with the JDK that runs hindsight.");

  private final PositionalParamSpec jshellArgs = Specs.add(spec, PositionalParamSpec.builder().paramLabel("JSHELL-ARG").arity("0..*")
      .type(List.class).auxiliaryTypes(String.class).description("Passed on to jshell."));

  ShellCommand() {
    Specs.examples(spec,
        "  hindsight shell",
        "  hindsight shell -- --feedback concise",
        "",
        "In the shell:",
        "  jshell> var q = load(\"examples/questions/cuban-missile-crisis.md\")",
        "  jshell> show(judge(q))");
  }

  /** @return the command's model, for the command line */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path jshell = jshell();
    if (!Files.isExecutable(jshell)) {
      throw CliException.io(Failures.PREFIX + "cannot start jshell: " + jshell + " is missing; run hindsight with a JDK, not a JRE");
    }
    Path startup = Files.createTempFile("hindsight-", ".jsh");
    try {
      Files.writeString(startup, NewCommand.resource(STARTUP));
      Process process = new ProcessBuilder(command(jshell, classPath(), startup)).inheritIO().start();
      return process.waitFor();
    } finally {
      Files.deleteIfExists(startup);
    }
  }

  /** The jshell command line: Hindsight's class path, the default startup, then Hindsight's. */
  List<String> command(Path jshell, String classPath, Path startup) {
    List<String> command = new ArrayList<>(List.of(jshell.toString(), "--class-path", classPath,
        "--startup", "DEFAULT", "--startup", startup.toString()));
    command.addAll(Specs.<String>list(jshellArgs));
    return command;
  }

  static Path jshell() {
    String name = File.separatorChar == '\\' ? "jshell.exe" : "jshell";
    return Path.of(System.getProperty("java.home"), "bin", name);
  }

  /** Run from the runnable jar this is the jar itself; run from a build it is the build's class path. */
  static String classPath() {
    return System.getProperty("java.class.path");
  }
}
