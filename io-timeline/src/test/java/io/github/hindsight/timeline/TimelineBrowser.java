package io.github.hindsight.timeline;

import io.github.hindsight.testkit.RealTool;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * TimelineJS itself ({@code @knight-lab/timelinejs} from npm) in headless Chromium, driven by
 * {@code playwright-core} from {@code src/test/node/check.js}. One browser serves every document a
 * test class gives it, until {@link #close()}. Without Chromium, node or the packages, the checks
 * that need it are skipped, naming what to install, except in continuous integration
 * ({@code CI=true}), where they fail.
 */
final class TimelineBrowser implements AutoCloseable {
  static final Path FOLDER = Path.of("src", "test", "node");
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("HINDSIGHT_CHROMIUM", "/usr/bin/chromium"));
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What TimelineJS made of a document. */
  record Rendered(List<String> errors, int slides, List<String> headlines, int eras) {}

  private final Process node;
  private final Writer in;
  private final BufferedReader out;
  private final Path folder;

  private TimelineBrowser() throws IOException {
    folder = Files.createTempDirectory("hindsight-timeline-");
    node = new ProcessBuilder("node", FOLDER.resolve("check.js").toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    in = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
    out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
  }

  /** @return why TimelineJS cannot be run here, or empty when it can */
  static Optional<String> unavailable() {
    if (!Files.isExecutable(CHROMIUM)) {
      return Optional.of(CHROMIUM + " is missing: install Chromium ('apt-get install chromium' on Debian)");
    }
    Path modules = FOLDER.resolve("node_modules");
    if (!Files.isDirectory(modules.resolve("@knight-lab").resolve("timelinejs")) || !Files.isDirectory(modules.resolve("playwright-core"))) {
      return Optional.of("TimelineJS and playwright-core are not installed: run 'npm ci' in io-timeline/src/test/node");
    }
    return RealTool.runs("install Node.js, then run 'npm ci' in io-timeline/src/test/node", "node", "--version");
  }

  /**
   * Starts the browser, or skips the calling test when it cannot be run here, naming what to
   * install; in continuous integration ({@code CI=true}) fails it instead.
   *
   * @return the browser, to be closed
   */
  static TimelineBrowser start() throws IOException {
    RealTool.assumeAvailable(unavailable());
    return new TimelineBrowser();
  }

  /**
   * Loads a document into TimelineJS.
   *
   * @param json the TimelineJS JSON
   * @return what TimelineJS rendered
   */
  synchronized Rendered render(String json) throws IOException {
    Path file = Files.createTempFile(folder, "timeline-", ".json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    in.write(file.toAbsolutePath() + "\n");
    in.flush();
    String line = out.readLine();
    Files.delete(file);
    if (line == null) {
      throw new AssertionError("the browser check stopped; its messages are above");
    }
    JsonNode result = JSON.readTree(line);
    List<String> errors = new ArrayList<>();
    result.get("errors").forEach(e -> errors.add(e.asString()));
    List<String> headlines = new ArrayList<>();
    result.get("headlines").forEach(h -> headlines.add(h.asString()));
    return new Rendered(errors, result.get("slides").asInt(), headlines, result.path("eras").asInt());
  }

  @Override
  public void close() throws IOException, InterruptedException {
    in.close();
    if (!node.waitFor(60, TimeUnit.SECONDS)) {
      node.destroy();
    }
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(folder);
  }
}
