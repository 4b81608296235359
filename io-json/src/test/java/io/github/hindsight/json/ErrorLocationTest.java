package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per kind of error, each with the exact line, column and JSON pointer it reports. */
class ErrorLocationTest {
  static final String HEAD = "{\n  \"format\": \"hindsight-question\",\n  \"version\": 1,\n";

  static void assertAt(FormatProblem p, int line, int column, String pointer, String message) {
    Location l = p.location();
    assertThat(l.source()).isEqualTo("test.json");
    assertThat(l.line()).as("line of %s", p).hasValue(line);
    assertThat(l.column()).as("column of %s", p).hasValue(column);
    if (pointer.isEmpty()) {
      assertThat(l.pointer()).as("pointer of %s", p).isEmpty();
    } else {
      assertThat(l.pointer()).as("pointer of %s", p).hasValue(pointer);
    }
    assertThat(p.message()).contains(message);
  }

  static FormatProblem only(String doc) {
    List<FormatProblem> problems = Io.problems(Io.JSON, doc);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void unknownMemberInStrictReading() {
    FormatProblem p = only(HEAD + "  \"id\": \"q\",\n  \"prompt\": \"Who?\",\n  \"actors\": [\n    {\"id\": \"usa\", \"name\": \"US\", \"colour\": \"blue\"}\n  ]\n}\n");
    assertAt(p, 7, 33, "/actors/0/colour", "unknown member 'colour' in an actor; expected one of id, name, kind, role, members, representatives, identifiers");
  }

  @Test
  void typeError() {
    assertAt(only(HEAD + "  \"id\": \"q\",\n  \"prompt\": 42\n}\n"), 5, 13, "/prompt", "expected a string but found the number 42");
  }

  @Test
  void unknownEnumWord() {
    assertAt(only(HEAD + "  \"id\": \"q\",\n  \"prompt\": \"Who?\",\n  \"kind\": \"who-lost\"\n}\n"), 6, 11, "/kind",
        "'who-lost' is not a valid question kind; expected one of who-won");
  }

  @Test
  void badDate() {
    assertAt(only(HEAD + "  \"id\": \"q\",\n  \"prompt\": \"Who?\",\n  \"evidence\": [{\"id\": \"e\", \"statement\": \"S.\", \"date\": \"1962-13\"}]\n}\n"),
        6, 55, "/evidence/0/date", "'1962-13' is not a date");
  }

  @Test
  void validationErrorFromCore() {
    assertAt(only(HEAD + "  \"id\": \"q\",\n  \"prompt\": \"Who?\",\n  \"objectives\": [{\"id\": \"o\", \"actors\": [\"nobody\"], \"statement\": \"S.\", \"outcome\": {\"status\": \"achieved\"}}]\n}\n"),
        6, 41, "/objectives/0/actors/0", "unknown actor 'nobody'");
  }

  @Test
  void constructionErrorFromABuilder() {
    assertAt(only(HEAD + "  \"id\": \"Not A Slug\",\n  \"prompt\": \"Who?\"\n}\n"), 4, 3, "/id", "'Not A Slug' is not an id");
  }

  @Test
  void constructionErrorInsideAList() {
    assertAt(only(HEAD + "  \"id\": \"q\",\n  \"prompt\": \"Who?\",\n  \"actors\": [{\"id\": \"usa\", \"name\": \"US\"}, {\"id\": \"usa\", \"name\": \"USA\"}]\n}\n"),
        6, 3, "/actors/1", "duplicate id 'usa'");
  }

  @Test
  void missingMember() {
    assertAt(only(HEAD + "  \"id\": \"q\",\n  \"prompt\": \"Who?\",\n  \"actors\": [{\"id\": \"usa\"}]\n}\n"), 6, 14, "/actors/0", "missing member 'name' in an actor");
  }

  @Test
  void syntaxError() {
    assertAt(only(HEAD + "  \"id\": \"q\",\n  \"prompt\": \"Who?\"\n  \"tags\": []\n}\n"), 6, 3, "/prompt", "not valid JSON: Unexpected character");
  }

  @Test
  void duplicateKey() {
    assertAt(only(HEAD + "  \"id\": \"q\",\n  \"prompt\": \"Who?\",\n  \"id\": \"r\"\n}\n"), 6, 3, "/id", "the member 'id' is given twice in a question; expected each member once");
  }

  @Test
  void truncatedDocument() {
    FormatProblem p = only(HEAD + "  \"id\": \"q\",\n  \"prompt\": \"Who?\",\n");
    assertThat(p.location().line()).hasValue(6);
    assertThat(p.message()).isEqualTo("the document ends too early: expected the rest of the object that opens at line 1, column 1 and its closing '}'");
  }

  @Test
  void truncatedDocumentsNameWhatIsStillOpenInTheDocumentsWords() {
    assertAt(only(HEAD + "  \"actors\": [{\"id\": \"usa\""), 4, 26, "/actors/0/id",
        "the document ends too early: expected the rest of the object that opens at line 4, column 14 and its closing '}'");
    assertAt(only(HEAD + "  \"tags\": [\"a\","), 4, 16, "/tags/1",
        "the document ends too early: expected the rest of the array that opens at line 4, column 11 and its closing ']'");
    assertAt(only(HEAD + "  \"id\": \"q"), 4, 11, "/id",
        "the document ends too early: expected the closing '\"' of a string, then the rest of the object that opens at line 1, column 1");
    assertThat(only(HEAD + "  \"i").message()).contains("expected the closing '\"' of a string, then the rest of the object");
    assertThat(only(HEAD + "  \"id\": \"a\\u00").message()).contains("expected the closing '\"' of a string, then the rest of the object");
    // Jackson calls these a bad token; nothing comes after them, so they are cut short too.
    assertThat(only(HEAD + "  \"id\": fa").message()).isEqualTo(
        "the document ends too early: expected the rest of the object that opens at line 1, column 1 and its closing '}'");
    assertThat(only(HEAD + "  \"tags\": [0.").message()).startsWith("the document ends too early: expected the rest of the array");
    // A bad character read before the end, or anything after a whole document, is not a cut.
    assertThat(only(HEAD + "  \"id\": fa,\n}").message()).startsWith("not valid JSON: ");
    assertThat(only(HEAD + "  \"id\": \"q\",}").message()).startsWith("not valid JSON: ");
    assertThat(only(HEAD + "  \"tags\": [\"a\",]").message()).startsWith("not valid JSON: ");
    assertThat(Io.problems(Io.JSON, HEAD + "  \"id\": \"q\", \"prompt\": \"Who?\"} x"))
        .anySatisfy(p -> assertThat(p.message()).startsWith("not valid JSON: "))
        .noneSatisfy(p -> assertThat(p.message()).contains("ends too early"));
    for (String cut : List.of("{", HEAD, HEAD + "  \"tags\": [", HEAD + "  \"id\": \"", HEAD + "  \"id\"", HEAD + "  \"id\":")) {
      assertThat(only(cut).message()).as(cut).startsWith("the document ends too early: expected ")
          .doesNotContain("Source").doesNotContain("StreamReadFeature").doesNotContain("end-of-input").doesNotContain("marker");
    }
  }

  /** The Cuban example cut after each of its characters in turn, as a copy that stopped short leaves it. */
  @Test
  void aDocumentCutShortAnywhereIsReportedInTheDocumentsWords() throws IOException {
    String whole = Files.readString(Path.of("../examples/questions/json/cuban-missile-crisis.json")).stripTrailing();
    assertThat(whole).hasSizeGreaterThan(1000);
    for (int at = 1; at < whole.length(); at++) {
      String cut = whole.substring(0, at);
      FormatProblem p = only(cut);
      assertThat(p.message()).as("cut after %d characters: ...%s", at, cut.substring(Math.max(0, at - 40)))
          .startsWith("the document ends too early: expected ")
          .doesNotContain("Source").doesNotContain("StreamReadFeature").doesNotContain("end-of-input").doesNotContain("marker");
    }
  }

  @Test
  void brokenJsonIsReportedWithoutTheParsersAdviceAboutItsOwnFeatures() {
    assertThat(only(HEAD + "  /* note */ \"id\": \"q\"}").message())
        .isEqualTo("not valid JSON: Unexpected character ('/' (code 47)): a comment, which JSON does not allow");
    assertThat(only(HEAD + "  \"id\": NaN}").message()).isEqualTo("not valid JSON: Non-standard token 'NaN'");
    for (String broken : List.of("  \"id\": +1}", "  'id': 'q'}", "  \"id\": \"a\\q\"}", "  \"id\": Infinity}", "  \"id\": 01}",
        "  \"id\": \"q\" // note\n}", "  \"id\": \"q\" # note\n}", "  \"id\": \"a\tb\"}")) {
      assertThat(only(HEAD + broken).message()).as(broken).startsWith("not valid JSON: ")
          .doesNotContain("Feature").doesNotContain("enable").doesNotContain("ALLOW_").doesNotContain("`");
    }
  }

  @Test
  void newerVersion() {
    assertAt(only("{\"format\": \"hindsight-question\", \"version\": 2, \"id\": \"q\"}"), 1, 45, "/version",
        "version 2 of 'hindsight-question' is newer than this Hindsight reads (up to version 1)");
  }

  @Test
  void unknownFormat() {
    assertAt(only("{\"format\": \"hindsight-bank\", \"version\": 1}"), 1, 12, "/format", "unknown format 'hindsight-bank'; expected 'hindsight-question'");
  }

  @Test
  void missingHeader() {
    assertAt(only("{\"id\": \"q\", \"prompt\": \"Who?\"}"), 1, 2, "", "expected the member 'format' first");
  }

  @Test
  void everyProblemInOneReportInDocumentOrder() {
    List<FormatProblem> problems = Io.problems(Io.JSON, HEAD
        + "  \"id\": \"q\",\n  \"prompt\": 7,\n  \"kind\": \"who-lost\",\n  \"size\": 3,\n"
        + "  \"objectives\": [{\"id\": \"o\", \"actors\": [\"nobody\"], \"statement\": \"S.\", \"outcome\": {\"status\": \"achieved\"}}]\n}\n");
    assertThat(problems).extracting(p -> p.location().line().getAsInt()).containsExactly(5, 6, 7);
    assertThat(problems).extracting(p -> p.location().pointer().orElseThrow()).containsExactly("/prompt", "/kind", "/size");
  }

  @Test
  void validationAndConstructionProblemsOfDifferentObjectsComeTogether() {
    List<FormatProblem> problems = Io.problems(Io.JSON, HEAD + "  \"id\": \"q\",\n  \"prompt\": \"Who?\",\n"
        + "  \"actors\": [{\"id\": \"usa\", \"name\": \" US\"}],\n"
        + "  \"evidence\": [{\"id\": \"e\", \"statement\": \"S.\", \"source\": \"nowhere\"}]\n}\n");
    assertThat(problems).extracting(p -> p.location().pointer().orElseThrow()).containsExactly("/actors/0/name");
    // A question that cannot be built cannot be validated; fixing the name shows the next problem.
    List<FormatProblem> next = Io.problems(Io.JSON, HEAD + "  \"id\": \"q\",\n  \"prompt\": \"Who?\",\n"
        + "  \"evidence\": [{\"id\": \"e\", \"statement\": \"S.\", \"source\": \"nowhere\"}, {\"id\": \"f\", \"statement\": \"T.\", \"source\": \"nor-here\"}]\n}\n");
    assertThat(next).extracting(p -> p.location().pointer().orElseThrow()).containsExactly("/evidence/0/source", "/evidence/1/source");
  }

  @Test
  void jsonLinesLocatesByLineNumber() {
    String doc = "{\"format\":\"hindsight-question\",\"version\":1,\"id\":\"a\",\"prompt\":\"P?\"}\n\n"
        + "{\"format\":\"hindsight-question\",\"version\":1,\"id\":\"b\",\"prompt\":4}\n"
        + "{bad\n";
    io.github.hindsight.spi.FormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        io.github.hindsight.spi.FormatException.class, () -> Io.readBank(Io.JSONL, doc));
    assertThat(e.problems()).hasSize(2);
    assertAt(e.problems().get(0), 3, 62, "/prompt", "expected a string");
    assertAt(e.problems().get(1), 4, 2, "", "not valid JSON");
  }
}
