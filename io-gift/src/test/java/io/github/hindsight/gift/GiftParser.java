package io.github.hindsight.gift;

import io.github.hindsight.testkit.RealTool;
import java.io.IOException;
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
 * The real GIFT parser, {@code gift-pegjs} from npm, run by {@code node} on
 * {@code src/test/node/parse.js}. Without node or the package, the checks that need it are
 * skipped, except in continuous integration ({@code CI=true}), where they fail.
 */
final class GiftParser {
  static final Path FOLDER = Path.of("src", "test", "node");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One parsed question. */
  record Parsed(String type, String title, String stem, String format, List<Choice> choices) {}

  /** One parsed choice, with its text as the parser read it. */
  record Choice(String text, boolean correct) {}

  private GiftParser() {}

  /** @return why the parser cannot be run here, or empty when it can */
  static Optional<String> unavailable() {
    if (!Files.isDirectory(FOLDER.resolve("node_modules").resolve("gift-pegjs"))) {
      return Optional.of("gift-pegjs is not installed: run 'npm install' in io-gift/src/test/node");
    }
    return RealTool.runs("install Node.js, then run 'npm install' in io-gift/src/test/node", "node", "--version");
  }

  /**
   * Skips the calling test when the parser cannot be run here, naming what to install; in
   * continuous integration ({@code CI=true}) fails it instead.
   */
  static void assumeAvailable() {
    RealTool.assumeAvailable(unavailable());
  }

  /**
   * Parses a GIFT document.
   *
   * @param text the document
   * @return its questions, in order
   * @throws AssertionError if the parser refuses the document
   */
  static List<Parsed> parse(String text) throws IOException, InterruptedException {
    Path file = Files.createTempFile("hindsight-", ".gift");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      Process node = new ProcessBuilder("node", FOLDER.resolve("parse.js").toString(), file.toString()).start();
      byte[] out = node.getInputStream().readAllBytes();
      String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
        throw new AssertionError("gift-pegjs refused the document: " + err + "\n" + text);
      }
      List<Parsed> questions = new ArrayList<>();
      for (JsonNode q : JSON.readTree(out)) {
        List<Choice> choices = new ArrayList<>();
        q.get("choices").forEach(c -> choices.add(new Choice(c.get("text").asString(), c.get("correct").asBoolean())));
        questions.add(new Parsed(q.get("type").asString(), q.get("title").asString(), q.get("stem").asString(),
            q.get("format").asString(), choices));
      }
      return questions;
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
