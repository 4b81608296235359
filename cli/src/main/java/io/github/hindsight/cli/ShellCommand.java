package io.github.hindsight.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hindsight shell}: jshell with Hindsight on the class path and its imports and helpers loaded. */
@Command(
    name = "shell",
    mixinStandardHelpOptions = true,
    description = {
        "Start jshell with Hindsight and its formats on the class path, the imports made, and helpers such as load(path), judge(question) and show(judgement).",
        "Arguments after -- go to jshell as they are. jshell comes with the JDK that runs hindsight."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  hindsight shell",
        "  hindsight shell -- --feedback concise",
        "",
        "In the shell:",
        "  jshell> var q = load(\"examples/questions/cuban-missile-crisis.md\")",
        "  jshell> show(judge(q))"
    })
final class ShellCommand implements Callable<Integer> {
  static final String STARTUP = "hindsight.jsh";

  @Parameters(paramLabel = "JSHELL-ARG", arity = "0..*", description = "Passed on to jshell.")
  List<String> jshellArgs = new ArrayList<>();

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
    command.addAll(jshellArgs);
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
