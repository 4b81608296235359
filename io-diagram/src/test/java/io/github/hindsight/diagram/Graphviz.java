package io.github.hindsight.diagram;

import io.github.hindsight.testkit.RealTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Graphviz's own {@code dot}, run on a document to render it as SVG. Without it the checks that
 * need it are skipped, except in continuous integration ({@code CI=true}), where they fail.
 */
final class Graphviz {
  private Graphviz() {}

  /**
   * Skips the calling test when {@code dot} cannot be run here, naming what to install; in
   * continuous integration ({@code CI=true}) fails it instead.
   */
  static void assumeAvailable() {
    RealTool.assumeAvailable(RealTool.runs("install Graphviz (Debian: apt-get install graphviz)", "dot", "-V"));
  }

  /**
   * Renders a DOT document as SVG.
   *
   * @param text the document
   * @return the SVG
   * @throws AssertionError if {@code dot} refuses the document or warns about it
   */
  static String svg(String text) throws IOException, InterruptedException {
    Path file = Files.createTempFile("hindsight-", ".dot");
    Path svg = Files.createTempFile("hindsight-", ".svg");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      Process dot = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), file.toString()).redirectErrorStream(true).start();
      String said = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!dot.waitFor(120, TimeUnit.SECONDS) || dot.exitValue() != 0 || !said.isBlank()) {
        throw new AssertionError("dot refused the document or warned: " + said + "\n" + text);
      }
      return Files.readString(svg, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(svg);
    }
  }
}
