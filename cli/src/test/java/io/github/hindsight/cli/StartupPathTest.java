package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a short command loads, in a JVM of its own as a user starts it: no lambda or method
 * reference of Hindsight's own is linked, and Guava's stream collectors are not set up. Each
 * lambda call site costs a fresh JVM about a tenth of a millisecond to link, which a command
 * that is over in a fifth of a second feels (see {@code docs/performance.md}).
 */
class StartupPathTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "questions", "cuban-missile-crisis.md");
  private static final Pattern OWN_LAMBDA = Pattern.compile("\\] (io\\.github\\.hindsight\\.[\\w.$]+?)\\$\\$Lambda\\$");

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"judge", "validate"})
  void linksNoLambdaOfItsOwn(String command) throws IOException, InterruptedException {
    assertThat(EXAMPLE).isRegularFile();
    Path log = dir.resolve("classes.txt");
    Path output = dir.resolve("output.txt");
    List<String> line = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
        HindsightCli.class.getName(), command, EXAMPLE.toString());
    Process child = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("the command's exit code; it said: %s", Files.readString(output)).isZero();

    List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(loaded).as("the class-load log names the command's own main class")
        .anyMatch(l -> l.contains("] " + HindsightCli.class.getName() + " "));
    TreeSet<String> hosts = new TreeSet<>();
    List<String> collectors = new ArrayList<>();
    for (String l : loaded) {
      Matcher m = OWN_LAMBDA.matcher(l);
      if (m.find()) {
        hosts.add(m.group(1));
      }
      if (l.contains("] com.google.common.collect.CollectCollectors ")) {
        collectors.add(l);
      }
    }
    assertThat(hosts).as("classes whose lambdas or method references '%s' linked", command).isEmpty();
    assertThat(collectors).as("Guava's stream collectors, set up by a collect(toImmutableList()) or the like").isEmpty();
  }
}
