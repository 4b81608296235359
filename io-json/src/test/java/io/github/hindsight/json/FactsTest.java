package io.github.hindsight.json;

import static io.github.hindsight.json.ErrorLocationTest.HEAD;
import static io.github.hindsight.json.ErrorLocationTest.assertAt;
import static io.github.hindsight.json.ErrorLocationTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.ActorRole;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Representative;
import io.github.hindsight.model.Question;
import org.junit.jupiter.api.Test;

/** The structured facts in JSON: what they read as, and each bad form reported at its place. */
class FactsTest {
  private static String question(String members) {
    return HEAD + "  \"id\": \"q\",\n  \"prompt\": \"Who?\",\n" + members + "\n}\n";
  }

  @Test
  void aRoleIsReadAndWritten() {
    Question q = Io.read(Io.JSON, question("  \"actors\": [{\"id\": \"cuba\", \"name\": \"Cuba\", \"role\": \"affected\"}]"));
    assertThat(q.actors().get(0).role()).isEqualTo(ActorRole.AFFECTED);
    assertThat(Io.write(Io.JSON, q)).contains("\"role\": \"affected\"");
  }

  @Test
  void anActorWithoutARoleIsASide() {
    Question q = Io.read(Io.JSON, question("  \"actors\": [{\"id\": \"cuba\", \"name\": \"Cuba\"}]"));
    assertThat(q.actors().get(0).role()).isEqualTo(ActorRole.SIDE);
  }

  @Test
  void aMemberOfACoalitionThatIsNotAnActorIsReportedAtItsId() {
    assertAt(only(question("  \"actors\": [{\"id\": \"usa\", \"name\": \"US\"}, {\"id\": \"allies\", \"name\": \"Allies\", \"members\": [\"usa\", \"uk\"]}]")),
        6, 97, "/actors/1/members/1", "unknown actor 'uk'; expected one of allies, usa");
  }

  @Test
  void aCoalitionThatContainsItselfIsReportedAtTheMemberThatClosesTheLoop() {
    assertAt(only(question("  \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"members\": [\"b\"]}, {\"id\": \"b\", \"name\": \"B\", \"members\": [\"a\"]}]")),
        6, 95, "/actors/1/members/0", "the coalition 'a' contains itself (a → b → a)");
  }

  @Test
  void aRepresentativeIsANameOrAnObjectWithAPeriod() {
    Question q = Io.read(Io.JSON, question("  \"actors\": [{\"id\": \"un\", \"name\": \"UN Command\", \"representatives\": "
        + "[\"Mark Clark\", {\"name\": \"Douglas MacArthur\", \"until\": \"1951-04\"}]}]"));
    assertThat(q.actors().get(0).representatives()).containsExactly(Representative.of("Mark Clark"),
        Representative.of("Douglas MacArthur").withUntil(HistoricalDate.ofMonth(1951, 4)));
    assertThat(Io.write(Io.JSON, q)).contains("\"Mark Clark\",\n", "{\n          \"name\": \"Douglas MacArthur\",\n          \"until\": \"1951-04\"\n        }");
  }

  @Test
  void aRepresentativeWhoStoppedBeforeStartingIsReportedAtUntil() {
    assertAt(only(question("  \"actors\": [{\"id\": \"un\", \"name\": \"UN\", \"representatives\": [{\"name\": \"Ridgway\", \"from\": \"1951-04\", \"until\": \"1950\"}]}]")),
        6, 100, "/actors/0/representatives/0/until", "the representative stopped (1950) before starting (1951-04)");
  }

  @Test
  void aRepresentativeThatIsNeitherANameNorAnObjectIsReported() {
    assertAt(only(question("  \"actors\": [{\"id\": \"un\", \"name\": \"UN\", \"representatives\": [7]}]")),
        6, 61, "/actors/0/representatives/0", "expected a name or a representative object but found the number 7");
  }

  @Test
  void aRepresentativeWithoutANameIsReported() {
    assertThat(Io.problems(Io.JSON, question("  \"actors\": [{\"id\": \"un\", \"name\": \"UN\", \"representatives\": [{\"until\": \"1951\"}]}]")))
        .singleElement().satisfies(p -> {
          assertThat(p.location().pointer()).hasValue("/actors/0/representatives/0");
          assertThat(p.message()).contains("name");
        });
  }

  private static String evidence(String quantities) {
    return question("  \"evidence\": [{\"id\": \"e\", \"statement\": \"S.\", \"quantities\": [" + quantities + "]}]");
  }

  @Test
  void aQuantityIsReadExactlyAndWrittenInPlainDigits() {
    Question q = Io.read(Io.JSON, evidence("{\"value\": 2.30E6, \"unit\": \"tons\", \"approximate\": true}, {\"value\": 6, \"unit\": \"battleships\"}"));
    assertThat(q.evidence().get(0).quantities()).extracting(io.github.hindsight.model.Quantity::text)
        .containsExactly("about 2300000 tons", "6 battleships");
    assertThat(Io.write(Io.JSON, q)).contains("\"value\": 2300000,", "\"approximate\": false");
  }

  @Test
  void aQuantityWhoseValueIsNotANumberIsReportedAtTheValue() {
    assertAt(only(evidence("{\"value\": \"many\", \"unit\": \"tons\"}")), 6, 72, "/evidence/0/quantities/0/value",
        "expected a number but found the string \"many\"");
  }

  @Test
  void aHugeQuantityIsReportedAtItsValue() {
    assertAt(only(evidence("{\"value\": 1e999999, \"unit\": \"tons\"}")), 6, 63, "/evidence/0/quantities/0/value",
        "expected a number of at most 30 digits before the decimal point and 20 after it but found 1E+999999");
  }

  @Test
  void anInterpretationsStanceAndSourceAreReadAndChecked() {
    String doc = question("  \"sources\": [{\"id\": \"s\", \"title\": \"T\"}],\n  \"interpretations\": [{\"id\": \"i\", \"claim\": \"C.\", \"stance\": \"disagrees\", \"source\": \"s\"}]");
    Question q = Io.read(Io.JSON, doc);
    assertThat(q.interpretations().get(0).stance()).hasValue(io.github.hindsight.model.Stance.DISAGREES);
    assertThat(q.interpretations().get(0).source()).hasValue("s");
    assertAt(only(doc.replace("\"source\": \"s\"}]", "\"source\": \"t\"}]")), 7, 83, "/interpretations/0/source",
        "unknown source 't'; expected one of s");
    assertAt(only(doc.replace("disagrees", "sceptical")), 7, 60, "/interpretations/0/stance",
        "'sceptical' is not a valid stance; expected one of agrees, partly-agrees, disagrees");
  }

  @Test
  void anUnknownRoleIsReportedAtItsValue() {
    assertAt(only(question("  \"actors\": [{\"id\": \"cuba\", \"name\": \"Cuba\", \"role\": \"bystander\"}]")), 6, 53, "/actors/0/role",
        "'bystander' is not a valid actor role; expected one of side, affected, mediator, observer");
  }
}
