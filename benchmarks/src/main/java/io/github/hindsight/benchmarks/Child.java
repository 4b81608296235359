package io.github.hindsight.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Java process started on this process's class path, timed from launch to exit. */
final class Child {
  private Child() {}

  /**
   * What a process did.
   *
   * @param exitCode its exit code
   * @param nanos the wall time from start to exit
   * @param output what it printed, standard output and error together
   */
  record Result(int exitCode, long nanos, String output) {}

  /**
   * The command that runs a main class in a new JVM.
   *
   * @param jvmOptions options for the JVM, such as {@code -Xmx64m}
   * @param mainClass the class
   * @param args its arguments
   * @return the command
   */
  static List<String> java(List<String> jvmOptions, String mainClass, String... args) {
    return java(System.getProperty("java.class.path"), jvmOptions, mainClass, args);
  }

  /**
   * The command that runs a main class in a new JVM on a given class path.
   *
   * @param classPath the class path
   * @param jvmOptions options for the JVM
   * @param mainClass the class
   * @param args its arguments
   * @return the command
   */
  static List<String> java(String classPath, List<String> jvmOptions, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }

  /**
   * This process's class path with each module's {@code target/classes} replaced by the jar
   * beside it, as a user's class path would be; class-data archives accept only jars.
   *
   * @return the class path, or empty if some directory has no jar beside it
   * @throws IOException if a directory cannot be listed
   */
  static java.util.Optional<String> jarClassPath() throws IOException {
    List<String> out = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Paths.get(entry);
      if (!Files.isDirectory(p)) {
        out.add(entry);
        continue;
      }
      try (java.util.stream.Stream<Path> files = Files.list(p.getParent())) {
        java.util.Optional<Path> jar = files.filter(f -> f.toString().endsWith(".jar"))
            .filter(f -> !f.toString().matches(".*-(sources|javadoc|tests)\\.jar")).findFirst();
        if (jar.isEmpty()) {
          return java.util.Optional.empty();
        }
        out.add(jar.get().toString());
      }
    }
    return java.util.Optional.of(String.join(java.io.File.pathSeparator, out));
  }

  /**
   * Runs a command to the end.
   *
   * @param command the command
   * @param timeoutSeconds how long it may take
   * @return what it did
   * @throws IOException if it cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
    return run(command, java.util.Map.of(), timeoutSeconds);
  }

  /**
   * Runs a command to the end with some variables added to this process's environment.
   *
   * @param command the command
   * @param environment the variables to add or replace
   * @param timeoutSeconds how long it may take
   * @return what it did
   * @throws IOException if it cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  static Result run(List<String> command, java.util.Map<String, String> environment, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path output = Files.createTempFile("hindsight-child", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
      pb.environment().putAll(environment);
      long start = System.nanoTime();
      Process p = pb.start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("did not finish within " + timeoutSeconds + " s: " + String.join(" ", command));
      }
      long nanos = System.nanoTime() - start;
      return new Result(p.exitValue(), nanos, Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /**
   * Fails if a process failed, showing what it printed.
   *
   * @param r what it did
   * @return the same result
   */
  static Result check(Result r) {
    if (r.exitCode() != 0) {
      throw new IllegalStateException("exit code " + r.exitCode() + ":\n" + r.output());
    }
    return r;
  }
}
