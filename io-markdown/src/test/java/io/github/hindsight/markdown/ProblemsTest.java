package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of problem is reported at its line and column, with what was found and what was expected. */
class ProblemsTest {
  static final String CUBAN = MarkdownFormat.write(Samples.cubanMissileCrisis());

  static List<FormatProblem> problems(String document) {
    FormatException e = catchThrowableOfType(FormatException.class, () -> MarkdownFormat.read(document, ReadOptions.named("q.md")));
    assertThat(e).as("expected problems").isNotNull();
    return e.problems();
  }

  static FormatProblem only(String document) {
    List<FormatProblem> problems = problems(document);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  /** The Cuban document with one line replaced; returns the document and the 1-based line number of the change. */
  static String replacing(String line, String replacement) {
    assertThat(CUBAN).contains(line);
    return CUBAN.replace(line, replacement);
  }

  static int lineOf(String document, String text) {
    int index = document.indexOf(text);
    assertThat(index).as(text).isNotNegative();
    return (int) document.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  static void assertAt(FormatProblem p, int line, int column, String... fragments) {
    assertThat(p.location().source()).isEqualTo("q.md");
    assertThat(p.location().line()).hasValue(line);
    assertThat(p.location().column()).hasValue(column);
    assertThat(p.message()).contains(fragments);
    assertThat(p.toString()).startsWith("q.md:" + line + ":" + column + ": ");
  }

  @Test
  void theBrokenDocumentOfTheIssueGetsEveryProblemWithItsLine() throws IOException {
    String broken;
    try (InputStream in = getClass().getResourceAsStream("/broken/broken.md")) {
      broken = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<FormatProblem> problems = problems(broken);
    assertThat(problems).extracting(p -> p.location().line().getAsInt()).containsExactly(3, 6, 14, 16, 21, 22, 24);
    assertAt(problems.get(0), 3, 7, "'who-wins' is not a valid question kind", "expected one of who-won");
    assertAt(problems.get(1), 6, 1, "missing title", "'# Who won the Cuban Missile Crisis?'");
    assertAt(problems.get(2), 14, 38, "unknown actor 'atlantis'", "expected one of ussr");
    assertAt(problems.get(3), 16, 3, "'Mostly achieved' is not a valid outcome status", "expected one of achieved");
    assertAt(problems.get(4), 21, 3, "'1962-13-40' is not a date", "month");
    assertAt(problems.get(5), 22, 21, "'soon' is not a date", "1962-10-28");
    assertAt(problems.get(6), 24, 1, "unknown section 'Colours'", "'## Actors'");
  }

  @Test
  void anUnknownEvidenceIdIsReportedWhereItIsCited() {
    String doc = replacing("  - **Evidence:** `castro-sidelined`\n\n- **Achieved** — Keep the revolutionary", "  - **Evidence:** `castro-sidelinde`\n\n- **Achieved** — Keep the revolutionary");
    FormatProblem p = only(doc);
    assertAt(p, lineOf(doc, "`castro-sidelinde`"), 19, "unknown evidence 'castro-sidelinde'", "castro-sidelined");
  }

  @Test
  void anUnknownActorInAnEffectIsReportedAtItsId() {
    String doc = replacing("  - **Negative for** `cuba` — Cuba was treated as a pawn.", "  - **Negative for** `kuba` — Cuba was treated as a pawn.");
    assertAt(only(doc), lineOf(doc, "`kuba`"), 22, "unknown actor 'kuba'", "expected one of cuba, usa, ussr");
  }

  @Test
  void aBadEffectWordIsReportedAtTheLabel() {
    String doc = replacing("  - **Positive for** `usa` — A rift", "  - **Great for** `usa` — A rift");
    assertAt(only(doc), lineOf(doc, "**Great for**"), 5, "'Great' is not a valid effect", "positive, negative, mixed, neutral");
  }

  @Test
  void aBadAttributeValueIsReportedAtTheAttributes() {
    String doc = replacing("`{#cuba-secure horizon=long-term importance=high}`", "`{#cuba-secure horizon=forever importance=high}`");
    FormatProblem p = only(doc);
    assertThat(p.message()).contains("horizon", "'forever' is not a valid horizon", "immediate, short-term, long-term");
    assertThat(p.location().line()).hasValue(lineOf(doc, "horizon=forever"));
  }

  @Test
  void anUnknownAttributeIsNamed() {
    String doc = replacing("`{#hotline}`", "`{#hotline colour=red}`");
    assertThat(only(doc).message()).contains("unknown attribute 'colour=red'", "horizon=...", "balance-of-power=...");
  }

  @Test
  void aMissingIdIsReported() {
    String doc = replacing(" `{#khrushchev-removed}`", "");
    List<FormatProblem> problems = problems(doc);
    assertThat(problems).anySatisfy(p -> assertAt(p, lineOf(doc, "The Soviet leadership removed"), 3, "has no id", "`{#some-id}`"));
    // Without its id, the evidence can no longer be cited: each citation is reported too.
    assertThat(problems).filteredOn(p -> p.message().startsWith("unknown evidence 'khrushchev-removed'")).hasSize(3);
  }

  @Test
  void aBadIdIsReportedWithTheModelsRule() {
    String doc = replacing("`{#khrushchev-removed}`", "`{#Khrushchev_Removed}`");
    assertThat(problems(doc)).anySatisfy(p -> {
      assertThat(p.message()).contains("'Khrushchev_Removed' is not an id", "lower-case letters");
      assertThat(p.location().line()).hasValue(lineOf(doc, "Khrushchev_Removed"));
    });
  }

  @Test
  void aDuplicateIdPointsBackToTheFirst() {
    String doc = replacing("`{#hotline-opened}`", "`{#test-ban-signed}`");
    // The hot-line evidence now comes first with the id, so the real test-ban evidence is the duplicate.
    assertThat(problems(doc)).anySatisfy(p -> assertAt(p, lineOf(doc, "signed in Moscow."), 70,
        "duplicate evidence id 'test-ban-signed'", "first at line " + lineOf(doc, "`{#test-ban-signed}`")));
  }

  @Test
  void aMissingOutcomeIsReported() {
    String doc = replacing("- **Achieved** — Keep Cuba safe from an American invasion.", "- Keep Cuba safe from an American invasion.");
    assertAt(only(doc), lineOf(doc, "- Keep Cuba safe"), 1, "does not start with its outcome", "**Partly achieved**");
  }

  @Test
  void anUnknownFieldIsReportedInStrictMode() {
    String doc = replacing("  - **Known from:** 1989-01", "  - **Known by:** 1989-01");
    assertAt(only(doc), lineOf(doc, "**Known by:**"), 5, "unknown field 'Known by' of a piece of evidence", "**Known from:**", "**Source:**");
  }

  @Test
  void aFieldGivenTwiceIsReported() {
    String doc = replacing("  - **Known from:** 1989-01", "  - **Known from:** 1989-01\n  - **Known from:** 1990");
    assertThat(only(doc).message()).contains("**Known from:**", "given twice", "first at line " + lineOf(doc, "**Known from:** 1989-01"));
  }

  @Test
  void aSectionGivenTwiceIsReported() {
    String doc = CUBAN + "\n\n## Guidance\n\n- One more.\n";
    assertThat(only(doc).message()).contains("'## Guidance' appears twice", "first at line " + lineOf(CUBAN, "## Guidance"));
  }

  @Test
  void anObjectiveHeadingWithoutIdsMustNameAnActor() {
    String doc = replacing("### Cuba `cuba`\n\n- **Not achieved**", "### Atlantis\n\n- **Not achieved**");
    assertAt(only(doc), lineOf(doc, "### Atlantis"), 1, "unknown actor 'Atlantis'", "Soviet Union, United States, Cuba");
  }

  @Test
  void anObjectiveHeadingMayNameTheActorWithoutItsId() {
    Question q = MarkdownFormat.read(replacing("### Cuba `cuba`\n\n- **Not achieved**", "### Cuba\n\n- **Not achieved**"), ReadOptions.defaults());
    assertThat(q).isEqualTo(Samples.cubanMissileCrisis());
  }

  @Test
  void anActorHeadingNeedsItsId() {
    String doc = replacing("### Cuba `cuba`\n\n- **Kind:** state", "### Cuba\n\n- **Kind:** state");
    assertThat(problems(doc)).anySatisfy(p -> assertAt(p, lineOf(doc, "### Cuba\n"), 1, "expected the id in backticks at the end of the heading"));
  }

  @Test
  void aReadingWithoutAnOutcomeIsReported() {
    String doc = replacing("    - **Then:** achieved\n", "");
    assertThat(problems(doc)).anySatisfy(p -> assertThat(p.message()).contains("does not say what follows", "**Then:**"));
  }

  @Test
  void aBadWeightIsReportedInItsCell() {
    String doc = replacing("| `shared-aims` | shared-objectives | 0.5 |", "| `shared-aims` | shared-objectives | half |");
    FormatProblem p = only(doc);
    assertThat(p.message()).contains("the weight must be a number", "'half'");
    assertThat(p.location().line()).hasValue(lineOf(doc, "| half |"));
  }

  @Test
  void aNegativeWeightIsReportedWithTheModelsRule() {
    String doc = replacing("| `shared-aims` | shared-objectives | 0.5 |", "| `shared-aims` | shared-objectives | -1 |");
    assertThat(only(doc).message()).isEqualTo("criterion: expected a finite number of at least 0 but found -1.0");
  }

  @Test
  void brokenYamlIsReportedAtItsLine() {
    String doc = replacing("kind: who-won", "kind: [who-won");
    FormatProblem p = problems(doc).get(0);
    assertThat(p.message()).isEqualTo("front matter: the list opened with '[' at line 3, column 7 is not closed; expected ']'");
    assertThat(p.location().line().getAsInt()).isBetween(3, 6);
  }

  @Test
  void aBadMarkBandIsReported() {
    String doc = replacing("marks: 5-8", "marks: five to eight");
    assertAt(only(doc), lineOf(doc, "five to eight"), 14, "band such as 5-8", "'five to eight'");
  }

  @Test
  void anUnknownInterpretationLabelTargetIsReportedInTheFrontMatter() {
    String doc = replacing("    B: soviet-success", "    B: soviet-win");
    assertAt(only(doc), lineOf(doc, "soviet-win"), 8, "unknown interpretation 'soviet-win'");
  }

  @Test
  void aMissingFrontMatterIsReportedAndTheBodyStillChecked() {
    String doc = CUBAN.substring(CUBAN.indexOf("# Who won")).replace("**1963-08-30** —", "**1963-08-32** —");
    List<FormatProblem> problems = problems(doc);
    assertThat(problems).anySatisfy(p -> assertAt(p, 1, 1, "missing front matter"));
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("'1963-08-32' is not a date"));
  }

  @Test
  void aStrayParagraphIsReportedInStrictMode() {
    String doc = replacing("## Evidence\n\n", "## Evidence\n\nSome notes.\n\n");
    assertAt(only(doc), lineOf(doc, "Some notes."), 1, "unexpected paragraph", "items as bullets");
  }

  @Test
  void aMissingClaimIsReported() {
    String doc = replacing("> Kennedy's firm and careful handling forced Khrushchev to back down: a clear American victory.\n\n", "");
    assertAt(only(doc), lineOf(doc, "### Interpretation `kennedy-victory`"), 1, "has no claim", "block quote");
  }

  @Test
  void aTopicIsNotAQuestion() {
    String topic = "---\ntype: topic\nid: cuban-missile-crisis\n---\n\n# The Cuban Missile Crisis\n";
    assertThat(only(topic).message()).contains("expected a question but found a topic");
  }

  @Test
  void aDecadeWrittenInWordsIsReportedWithTheFormToWrite() {
    FormatProblem decade = only(replacing("- **1963** — China mocked", "- **1960s** — China mocked"));
    assertThat(decade.message()).startsWith("'1960s' is not a date (write the 1960s as 196X); expected");
    assertThat(decade.location().line()).hasValue(lineOf(CUBAN, "- **1963** — China mocked"));
  }

  @Test
  void aDocumentThatEndsOnItsFrontMatterIsMissingItsTitleOnALineItHas() {
    assertAt(only("---\nid: q\n---"), 3, 1, "missing title");
    assertAt(only("---\nid: q\n---\n"), 4, 1, "missing title");
  }
}
