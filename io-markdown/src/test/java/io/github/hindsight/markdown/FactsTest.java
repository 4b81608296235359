package io.github.hindsight.markdown;

import static io.github.hindsight.markdown.ProblemsTest.assertAt;
import static io.github.hindsight.markdown.ProblemsTest.lineOf;
import static io.github.hindsight.markdown.ProblemsTest.only;
import static io.github.hindsight.markdown.ProblemsTest.replacing;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.ActorRole;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.ReadOptions;
import org.junit.jupiter.api.Test;

/** The structured facts in Markdown: what they read as, and each bad form reported at its line and column. */
class FactsTest {
  private static final String CUBA = "### Cuba `cuba`\n\n- **Kind:** state\n- **Role:** side\n";

  private static Question read(String document) {
    return MarkdownFormat.read(document, ReadOptions.named("q.md"));
  }

  @Test
  void aRoleIsReadAndWritten() {
    Question q = read(replacing(CUBA, CUBA.replace("side", "affected")));
    assertThat(q.actor("cuba").orElseThrow().role()).isEqualTo(ActorRole.AFFECTED);
    assertThat(MarkdownFormat.write(q)).contains(CUBA.replace("side", "affected"));
  }

  @Test
  void anActorWithoutARoleIsASide() {
    Question q = read(replacing(CUBA, CUBA.replace("- **Role:** side\n", "")));
    assertThat(q.actor("cuba").orElseThrow().role()).isEqualTo(ActorRole.SIDE);
  }

  @Test
  void anUnknownRoleIsReportedAtItsWord() {
    String doc = replacing(CUBA, CUBA.replace("side", "bystander"));
    assertAt(only(doc), lineOf(doc, "- **Role:** bystander"), 13,
        "'bystander' is not a valid actor role; expected one of side, affected, mediator, observer");
  }

  @Test
  void aCoalitionIsReadAndWritten() {
    String coalition = CUBA + "- **Members:** `usa`, `ussr`\n";
    Question q = read(replacing(CUBA, coalition));
    assertThat(q.actor("cuba").orElseThrow().members()).containsExactly("usa", "ussr");
    assertThat(MarkdownFormat.write(q)).contains(coalition);
  }

  @Test
  void aMemberThatIsNotAnActorIsReportedAtItsId() {
    String doc = replacing(CUBA, CUBA + "- **Members:** `usa`, `uk`\n");
    assertAt(only(doc), lineOf(doc, "- **Members:** `usa`, `uk`"), 23, "unknown actor 'uk'; expected one of cuba, usa, ussr");
  }

  @Test
  void aMemberThatIsNotInBackticksIsReported() {
    String doc = replacing(CUBA, CUBA + "- **Members:** the Americans\n");
    assertAt(only(doc), lineOf(doc, "- **Members:** the Americans"), 15, "expected ids in backticks separated by commas", "the Americans'");
  }

  @Test
  void aRoleGivenTwiceIsReported() {
    String doc = replacing(CUBA, CUBA + "- **Role:** observer\n");
    assertAt(only(doc), lineOf(doc, "- **Role:** observer"), 3, "the field **Role:** of an actor is given twice");
  }
}
