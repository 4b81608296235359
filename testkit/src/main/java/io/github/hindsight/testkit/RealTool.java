package io.github.hindsight.testkit;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program outside the build that a check runs on what a format writes, such as Graphviz on a
 * diagram or a parser on a quiz. Where the program is missing, the checks that need it are skipped
 * with a message naming what to install; in continuous integration (the environment variable
 * {@code CI} set to {@code true}) they fail instead, so that a missing tool never turns a build
 * green there.
 *
 * <pre>{@code
 * RealTool.assumeAvailable(RealTool.runs("install Graphviz (Debian: apt-get install graphviz)", "dot", "-V"));
 * }</pre>
 */
public final class RealTool {
  private RealTool() {}

  /**
   * Runs a command that only shows whether a tool is there, such as {@code dot -V}.
   *
   * @param install what to install when it is missing, in words, such as "install Graphviz"
   * @param command the command and its arguments
   * @return why the tool cannot be run here, naming what to install; empty when it can
   */
  public static Optional<String> runs(String install, String... command) {
    Objects.requireNonNull(install, "install");
    List<String> line = List.of(Objects.requireNonNull(command, "command"));
    if (line.isEmpty()) {
      throw new IllegalArgumentException("no command given");
    }
    try {
      Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 ? Optional.empty()
          : Optional.of("'" + String.join(" ", line) + "' failed: " + install);
    } catch (IOException e) {
      return Optional.of(line.get(0) + " is not on the PATH: " + install);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while looking for " + line.get(0));
    }
  }

  /**
   * Skips the calling test when a tool is missing, with the reason as its message; with
   * {@code CI=true} fails it instead.
   *
   * @param missing why the tool cannot be run, as {@link #runs(String, String...)} returns it;
   *     empty when it can
   * @throws AssertionError in continuous integration, when the tool is missing
   */
  public static void assumeAvailable(Optional<String> missing) {
    Objects.requireNonNull(missing, "missing");
    if (missing.isPresent() && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true and a tool the checks need is missing: " + missing.get());
    }
    Assumptions.assumeTrue(missing.isEmpty(), () -> missing.orElse(""));
  }
}
