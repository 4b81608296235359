package io.github.hindsight.html;

import io.github.hindsight.testkit.RealTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu Html Checker, the validator behind validator.w3.org/nu, from the npm package
 * {@code vnu-jar} (installed with {@code npm ci} in {@code src/test/node}), run as a child
 * {@code java -jar} on the Java running the tests. One run checks many pages, since each start
 * of the checker costs seconds.
 */
final class NuChecker {
  static final Path JAR = Path.of("src", "test", "node", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private NuChecker() {}

  static void assumeAvailable() {
    RealTool.assumeAvailable(Files.isRegularFile(JAR) ? Optional.empty()
        : Optional.of("the Nu Html Checker is not installed: run 'npm ci' in io-html/src/test/node"));
  }

  /**
   * Checks pages.
   *
   * @param pages each page's name and its text
   * @return the errors, each as "name: line: message"; empty when every page is valid
   */
  static List<String> errors(Map<String, String> pages) throws IOException, InterruptedException {
    Path folder = Files.createTempDirectory("hindsight-nu-");
    try {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-jar", JAR.toAbsolutePath().toString(), "--errors-only", "--format", "json"));
      int n = 0;
      for (Map.Entry<String, String> page : pages.entrySet()) {
        Path file = folder.resolve((n++) + "-" + page.getKey().replaceAll("[^A-Za-z0-9.-]", "_") + (page.getKey().endsWith(".html") ? "" : ".html"));
        Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
        command.add(file.toString());
      }
      Path report = folder.resolve("report.json");
      Process nu = new ProcessBuilder(command).redirectError(report.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!nu.waitFor(5, TimeUnit.MINUTES)) {
        nu.destroyForcibly();
        throw new AssertionError("the Nu Html Checker did not finish in five minutes");
      }
      String text = Files.readString(report, StandardCharsets.UTF_8);
      List<String> errors = new ArrayList<>();
      for (JsonNode m : JSON.readTree(text).get("messages")) {
        errors.add(m.path("url").asString("").replaceAll(".*/", "") + ": " + m.path("lastLine").asInt(0) + ": "
            + m.path("message").asString("") + " [" + m.path("extract").asString("") + "]");
      }
      if (errors.isEmpty() && nu.exitValue() != 0) {
        errors.add("the Nu Html Checker failed: " + text);
      }
      return errors;
    } finally {
      try (var files = Files.list(folder)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(folder);
    }
  }
}
