package io.github.hindsight.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.testkit.SampleBank;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the diagrams show of a question, and that awkward text cannot break out of a label. */
class DiagramOutputTest {
  private static final Question CUBA = Samples.cubanMissileCrisis();

  private static String write(FormatProvider format, Question question) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.writer().orElseThrow().writeQuestion(question, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String writeBank(FormatProvider format, QuestionBank bank) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.writer().orElseThrow().writeBank(bank, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<String> lines(String text) {
    return Arrays.asList(text.split("\n"));
  }

  @Test
  void mermaidColoursEachObjectiveByWhatBecameOfIt() throws IOException {
    String mermaid = write(new MermaidFormat(), CUBA);

    assertThat(mermaid).startsWith("---\ntitle: \"Who won the Cuban Missile Crisis?\"\n---\nflowchart LR\n");
    CUBA.objectives().forEach(o -> assertThat(lines(mermaid))
        .as("objective %s", o.id())
        .anyMatch(l -> l.startsWith("  q0_o_" + o.id().replace('-', '_') + "[\"")
            && l.endsWith("\"]:::" + o.outcome().status().name().toLowerCase(java.util.Locale.ROOT))));
    assertThat(lines(mermaid)).contains("  classDef achieved fill:#c8e6c9,stroke:#2e7d32,color:#1a1a1a");
  }

  @Test
  void aSharedObjectiveHasAnArrowFromEachActor() throws IOException {
    String mermaid = write(new MermaidFormat(), CUBA);
    String dot = write(new DotFormat(), CUBA);

    assertThat(lines(mermaid)).contains("  q0_a_ussr --> q0_o_safer_homeland", "  q0_a_usa --> q0_o_safer_homeland");
    assertThat(lines(dot)).contains("  q0_o_safer_homeland -> q0_a_ussr [dir=back]", "  q0_o_safer_homeland -> q0_a_usa [dir=back]");
  }

  @Test
  void anOutcomeThatDependsOnTheReadingShowsEachReading() throws IOException {
    String dot = write(new DotFormat(), CUBA);

    assertThat(lines(dot)).anyMatch(l -> l.startsWith("  q0_o_missiles_near_usa [label=\"")
        && l.contains("\\nif permanent base: not achieved\\nif bargaining chip: achieved\"")
        && l.contains("fillcolor=\"#d9d0f0\""));
  }

  @Test
  void consequencesShowHowTheyBoreOnEachActor() throws IOException {
    String dot = write(new DotFormat(), CUBA);
    String mermaid = write(new MermaidFormat(), CUBA);

    CUBA.consequences().forEach(c -> c.effects().forEach(e -> {
      String node = "q0_c_" + c.id().replace('-', '_');
      assertThat(lines(mermaid)).contains("  q0_a_" + e.actor() + " -.->|\"" + e.effect().word() + "\"| " + node);
      assertThat(lines(dot)).anyMatch(l -> l.startsWith("  q0_a_" + e.actor() + " -> " + node + " [style=dashed")
          && l.endsWith("label=\"" + e.effect().word() + "\"]"));
    }));
  }

  @Test
  void aBankDrawsEachQuestionInItsOwnFrame() throws IOException {
    QuestionBank bank = SampleBank.bank();
    String mermaid = writeBank(new MermaidFormat(), bank);
    String dot = writeBank(new DotFormat(), bank);

    for (int i = 0; i < bank.questions().size(); i++) {
      assertThat(mermaid).contains("  subgraph q" + i + "[\"");
      assertThat(dot).contains("  subgraph cluster_q" + i + " {\n");
    }
    assertThat(mermaid).doesNotContain("title:");
  }

  @Test
  void mermaidLabelsKeepQuotesAndMarkupAsText() throws IOException {
    String mermaid = write(new MermaidFormat(), SampleBank.awkwardText());

    // Inside a label every quote, hash, angle bracket, ampersand and back-tick is a #code; entity.
    Matcher labels = Pattern.compile("\\[\"(.*?)\"\\]|\\(\\[\"(.*?)\"\\]\\)|\\{\\{\"(.*?)\"\\}\\}").matcher(mermaid.substring(mermaid.indexOf("flowchart")));
    int count = 0;
    while (labels.find()) {
      String label = labels.group(1) != null ? labels.group(1) : labels.group(2) != null ? labels.group(2) : labels.group(3);
      assertThat(label.replace("<br/>", "")).as("label %s", label).doesNotContain("\"", "<", ">", "`").doesNotContainPattern("#(?![0-9]+;)");
      count++;
    }
    assertThat(count).isGreaterThanOrEqualTo(6);
    assertThat(mermaid).contains("Settle borders: 100% of them, #34;for").contains("good#34;?").contains("Dissidents 🕊️ #38; signatories");
  }

  @Test
  void dotLabelsEscapeQuotesAndBackslashes() throws IOException {
    Question awkward = SampleBank.awkwardText().withPrompt("A \"quoted\" C:\\path\\N question?");

    String dot = write(new DotFormat(), awkward);

    assertThat(dot).contains("label=\"A \\\"quoted\\\" C:\\\\path\\\\N question?\"");
    // Every quote in the document is either a delimiter or escaped, so each line has an even number of bare quotes.
    for (String line : lines(dot)) {
      if (!line.contains("label=<")) {
        assertThat(line.replace("\\\\", "").replace("\\\"", "").chars().filter(c -> c == '"').count() % 2).as(line).isZero();
      }
    }
  }
}
