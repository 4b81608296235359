package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.spi.FormatProvider;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Hostile input for the {@code markdown} format, strict and lenient, with every mutation. The
 * three tests below reproduce what the suite once found: a huge front-matter value that made the
 * YAML parser allocate gigabytes, a repeated identifier that escaped as the wrong exception, and a
 * lenient read of a deep list that kept an extra the model refused.
 */
class MarkdownHostileInputTest extends HostileInputSuite {
  @Override
  FormatProvider format() {
    return new MarkdownFormat();
  }

  @Test
  void aHugeFrontMatterValueIsRefusedCheaply() {
    String doc = "---\nid: question-0\nkind: to-" + "x".repeat(Mutation.HUGE) + "\n---\n\n# A question?\n";
    assertThat(Hostile.read(format().reader().orElseThrow(), doc.getBytes(StandardCharsets.UTF_8), Hostile.Mode.QUESTION, true))
        .isEqualTo(Hostile.Outcome.REFUSED);
  }

  @Test
  void aRepeatedIdentifierIsALocatedProblem() {
    String doc = new String(questionDocument(0), StandardCharsets.UTF_8);
    String line = doc.lines().filter(l -> l.contains("wikidata")).findFirst().orElseThrow();
    String twice = doc.replace(line + "\n", line + "\n" + line.replaceAll("Q[0-9]+", "Q1") + "\n");
    assertThat(Hostile.read(format().reader().orElseThrow(), twice.getBytes(StandardCharsets.UTF_8), Hostile.Mode.QUESTION, true))
        .isEqualTo(Hostile.Outcome.REFUSED);
  }

  @Test
  void aDeepListReadLenientlyIsReadOrALocatedProblem() {
    byte[] doc = Mutation.deepList(0.1).on(questionDocument(2));
    assertThat(Hostile.read(format().reader().orElseThrow(), doc, Hostile.Mode.QUESTION, false))
        .isIn(Hostile.Outcome.values());
  }
}
