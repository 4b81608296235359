package io.github.hindsight.markdown;

import static io.github.hindsight.markdown.ProblemsTest.assertAt;
import static io.github.hindsight.markdown.ProblemsTest.lineOf;
import static io.github.hindsight.markdown.ProblemsTest.only;
import static io.github.hindsight.markdown.ProblemsTest.replacing;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.ActorRole;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Representative;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.ReadOptions;
import org.junit.jupiter.api.Test;

/** The structured facts in Markdown: what they read as, and each bad form reported at its line and column. */
class FactsTest {
  private static final String CUBA = "### Cuba `cuba`\n\n- **Kind:** state\n- **Role:** side\n";

  /** Asserts that the Cuban document with lines added after Cuba's fields has one problem, at a column of a line. */
  private static void reported(String added, String line, int column, String... message) {
    String doc = replacing(CUBA, CUBA + added);
    assertAt(only(doc), lineOf(doc, line), column, message);
  }

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
    reported("- **Members:** `usa`, `uk`\n", "- **Members:** `usa`, `uk`", 23, "unknown actor 'uk'; expected one of cuba, usa, ussr");
  }

  @Test
  void aMemberThatIsNotInBackticksIsReported() {
    reported("- **Members:** the Americans\n", "- **Members:** the Americans", 15, "expected ids in backticks separated by commas", "the Americans'");
  }

  @Test
  void aRepresentativeForPartOfThePeriodHasNestedDates() {
    String dated = CUBA + "- **Represented by:** Fidel Castro\n  - **From:** 1959-02\n  - **Until:** 2008-02-24\n- **Represented by:** Che Guevara\n";
    Question q = read(replacing(CUBA, dated));
    assertThat(q.actor("cuba").orElseThrow().representatives()).startsWith(
        Representative.of("Fidel Castro").withFrom(HistoricalDate.ofMonth(1959, 2)).withUntil(HistoricalDate.of(2008, 2, 24)),
        Representative.of("Che Guevara"));
    assertThat(MarkdownFormat.write(q)).contains(dated);
  }

  @Test
  void aRepresentativeWhoStoppedBeforeStartingIsReportedAtUntil() {
    reported("- **Represented by:** Che Guevara\n  - **From:** 1965\n  - **Until:** 1959\n", "  - **Until:** 1959", 16, "the representative stopped (1959) before starting (1965)");
  }

  @Test
  void aBadDateOfARepresentativeIsReported() {
    reported("- **Represented by:** Che Guevara\n  - **Until:** soon\n", "  - **Until:** soon", 16, "'soon' is not a date");
  }

  @Test
  void anUnknownFieldOfARepresentativeIsReported() {
    reported("- **Represented by:** Che Guevara\n  - **Since:** 1959\n", "  - **Since:** 1959", 5, "unknown field **Since:** of a representative; expected From or Until");
  }

  private static final String TURKEY = "  - **Known from:** 1989-01";

  @Test
  void quantitiesOfEvidenceAreReadAndWritten() {
    Question q = read(ProblemsTest.CUBAN.replaceFirst("(?m)^(" + java.util.regex.Pattern.quote(TURKEY) + ".*)$",
        "$1\n  - **Quantity:** about 15 missiles\n  - **Quantity:** 6 battleships"));
    assertThat(q.evidence("turkey-deal").orElseThrow().quantities()).extracting(io.github.hindsight.model.Quantity::text)
        .containsExactly("about 15 missiles", "6 battleships");
    assertThat(MarkdownFormat.write(q)).contains("  - **Quantity:** about 15 missiles\n  - **Quantity:** 6 battleships\n");
  }

  @Test
  void aQuantityThatIsNotOneIsReportedAtItsText() {
    String doc = ProblemsTest.CUBAN.replaceFirst("(?m)^(" + java.util.regex.Pattern.quote(TURKEY) + ".*)$", "$1\n  - **Quantity:** lots of missiles");
    assertAt(only(doc), lineOf(doc, "  - **Quantity:** lots"), 19, "'lots of missiles' is not a quantity", "such as 'about 2300000 tons'");
  }

  private static final String FAVOURS = "- **Favours:** `usa`\n";

  @Test
  void anInterpretationsStanceAndSourceAreReadAndWritten() {
    String added = FAVOURS + "- **Stance:** partly-agrees\n- **Source:** `thirteen-days`\n";
    Question q = read(ProblemsTest.CUBAN.replaceFirst(java.util.regex.Pattern.quote(FAVOURS), added));
    assertThat(q.interpretations().get(0).stance()).hasValue(io.github.hindsight.model.Stance.PARTLY_AGREES);
    assertThat(q.interpretations().get(0).source()).hasValue("thirteen-days");
    assertThat(MarkdownFormat.write(q)).contains(added);
  }

  @Test
  void anUnknownStanceOrSourceOfAnInterpretationIsReported() {
    String doc = ProblemsTest.CUBAN.replaceFirst(java.util.regex.Pattern.quote(FAVOURS), FAVOURS + "- **Stance:** sceptical\n");
    assertAt(only(doc), lineOf(doc, "- **Stance:** sceptical"), 15, "'sceptical' is not a valid stance; expected one of agrees, partly-agrees, disagrees");
    doc = ProblemsTest.CUBAN.replaceFirst(java.util.regex.Pattern.quote(FAVOURS), FAVOURS + "- **Source:** `fourteen-days`\n");
    assertAt(only(doc), lineOf(doc, "- **Source:** `fourteen-days`"), 15, "unknown source 'fourteen-days'", "thirteen-days");
  }

  @Test
  void aRoleGivenTwiceIsReported() {
    reported("- **Role:** observer\n", "- **Role:** observer", 3, "the field **Role:** of an actor is given twice");
  }
}
