package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.spi.FormatProvider;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Hostile input for the {@code markdown} format. Huge strings are left out of the mutations for
 * now: a value of a few megabytes in the front matter makes the YAML reader allocate gigabytes
 * (see {@link #aHugeFrontMatterValueIsRefusedCheaply()}), and the format has no length limit yet
 * to refuse it first.
 */
class MarkdownHostileInputTest extends HostileInputSuite {
  @Override
  FormatProvider format() {
    return new MarkdownFormat();
  }

  @Override
  @Provide
  Arbitrary<Mutation> mutations() {
    return super.mutations().filter(m -> !m.name().startsWith("huge string"));
  }

  @Test
  @Disabled("io-markdown: a 2 MB front-matter value allocates about 8 GB in the YAML reader; needs a length limit before YAML")
  void aHugeFrontMatterValueIsRefusedCheaply() {
    String doc = "---\nid: question-0\nkind: to-" + "x".repeat(Mutation.HUGE) + "\n---\n\n# A question?\n";
    assertThat(Hostile.read(format().reader().orElseThrow(), doc.getBytes(StandardCharsets.UTF_8), Hostile.Mode.QUESTION, true))
        .isEqualTo(Hostile.Outcome.REFUSED);
  }
}
