package io.github.hindsight.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.GoldenFiles;
import io.github.hindsight.testkit.RealTool;
import io.github.hindsight.testkit.samples.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every example page loads in a real browser, Debian's Chromium driven by {@code playwright-core}
 * with JavaScript turned off, with no console error, no request for anything outside the page, and
 * every section there; the Cuban page's screenshot is the one in the docs, rewritten with
 * {@code -Dhindsight.golden.update=true}. Skipped without Chromium, Node.js or the package, except
 * with {@code CI=true}.
 */
class BrowserTest {
  private static final Path NODE = Path.of("src", "test", "node");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOT = Path.of("..", "docs", "images", "html-cuban-missile-crisis.png");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  static void assumeAvailable() {
    if (!Files.isExecutable(CHROMIUM)) {
      RealTool.assumeAvailable(Optional.of("Chromium is not installed: apt-get install chromium"));
    }
    if (!Files.isDirectory(NODE.resolve("node_modules").resolve("playwright-core"))) {
      RealTool.assumeAvailable(Optional.of("playwright-core is not installed: run 'npm ci' in io-html/src/test/node"));
    }
    RealTool.assumeAvailable(RealTool.runs("install Node.js", "node", "--version"));
  }

  @Test
  void everyExamplePageLoadsWithoutScriptErrorsOrRequests() throws Exception {
    assumeAvailable();
    List<String> files = new ArrayList<>();
    Path cuba = dir.resolve("cuban-missile-crisis.html");
    Files.writeString(cuba, HtmlPage.standard().render(Samples.cubanMissileCrisis()), StandardCharsets.UTF_8);
    files.add(cuba.toAbsolutePath().toString());
    for (Path example : ExamplePagesTest.examples()) {
      for (Question q : ExamplePagesTest.read(example).questions()) {
        Path file = dir.resolve(q.id() + ".html");
        Files.writeString(file, HtmlPage.standard().render(q), StandardCharsets.UTF_8);
        files.add(file.toAbsolutePath().toString());
      }
    }
    Path shot = dir.resolve("shot.png");
    List<String> command = new ArrayList<>(List.of("node", NODE.resolve("browse.js").toString(), "--screenshot", shot.toString()));
    command.addAll(files);
    Process node = new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile()).start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(5, TimeUnit.MINUTES)).as("the browser finished").isTrue();
    assertThat(node.exitValue()).as("the browser check: %s", Files.readString(dir.resolve("err.txt"))).isZero();
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSameSizeAs(files);
    for (String line : lines) {
      JsonNode page = JSON.readTree(line);
      String file = page.get("file").asString();
      assertThat(page.get("errors").size()).as("console errors of %s: %s", file, page.get("errors")).isZero();
      assertThat(page.get("requests").size()).as("requests of %s: %s", file, page.get("requests")).isZero();
      List<String> headings = new ArrayList<>();
      page.get("headings").forEach(h -> headings.add(h.asString()));
      assertThat(headings).as("sections of %s", file).contains("The actors and their aims", "Timeline", "The analysis",
          "At the time and with hindsight", "How far the weights can move", "Actors, aims and consequences");
      assertThat(page.get("drawings").asInt()).as("drawings of %s", file).isGreaterThanOrEqualTo(2);
    }
    assertThat(Files.size(shot)).as("the screenshot's size").isGreaterThan(10_000).isLessThan(200_000);
    screenshotForTheDocs(shot);
  }

  /** The docs' picture is taken again only on request, as a golden file is. */
  private static void screenshotForTheDocs(Path shot) throws IOException {
    if (Boolean.getBoolean(GoldenFiles.UPDATE_PROPERTY)) {
      Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(SCREENSHOT).as("the screenshot in the docs; take it with -D%s=true", GoldenFiles.UPDATE_PROPERTY).isRegularFile();
  }
}
