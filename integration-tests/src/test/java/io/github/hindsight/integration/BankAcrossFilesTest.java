package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.Hindsight;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bank spread over a folder of JSON and Markdown files reports each problem in the file it is
 * in, at its line and column, as a bank in one file does.
 */
class BankAcrossFilesTest {
  private static final Hindsight HINDSIGHT = Hindsight.standard();

  /** A JSON bank with a topic and a question whose actor has no objectives. */
  private static final String BANK_JSON = """
      {
        "format": "hindsight-bank",
        "version": 1,
        "topics": [
          {"id": "berlin", "title": "Berlin"}
        ],
        "questions": [
          {
            "id": "airlift",
            "prompt": "Who won the Berlin Blockade?",
            "topic": "berlin",
            "actors": [
              {"id": "usa", "name": "United States", "kind": "state"}
            ]
          }
        ]
      }
      """;

  @TempDir Path dir;

  private static String question(String id, String topic) {
    return "---\nid: " + id + "\ntopic: " + topic + "\n---\n\n# Who gained most?\n";
  }

  @Test
  void aBrokenLinkToATopicIsReportedInTheFileThatHasIt() throws IOException {
    Path a = write("a.json", BANK_JSON);
    Path b = write("b.md", question("wall", "the-wall"));

    assertThat(problems(dir)).containsExactly(
        b + ":3:8: unknown topic 'the-wall'; expected one of berlin");
    assertThat(a).exists();
  }

  @Test
  void anIdUsedInTwoFilesIsReportedWhereItIsRepeatedAndNamesTheFirst() throws IOException {
    Path a = write("a.json", BANK_JSON);
    Path b = write("b.md", question("airlift", "berlin"));

    assertThat(problems(dir)).containsExactly(
        b + ":2:5: duplicate id 'airlift' (first at " + a + ":" + lineOf(BANK_JSON, "\"id\": \"airlift\"") + ":" + (columnOf(BANK_JSON, "\"id\": \"airlift\"") + 6)
            + " (/questions/0/id)); expected every question and topic id once in a bank");
  }

  @Test
  void aBrokenLinkARepeatedIdAndAnActorWithoutObjectivesAreReportedTogether() throws IOException {
    Path a = write("a.json", BANK_JSON);
    Path b = write("b.md", question("airlift", "berlin"));
    Path c = write("c.md", question("wall", "the-wall"));

    FormatException e = catchThrowableOfType(FormatException.class, () -> HINDSIGHT.readBank(dir));

    String id = "\"id\": \"airlift\"";
    String actor = "{\"id\": \"usa\"";
    assertThat(e.problems()).map(FormatProblem::toString).containsExactly(
        b + ":2:5: duplicate id 'airlift' (first at " + a + ":" + lineOf(BANK_JSON, id) + ":" + (columnOf(BANK_JSON, id) + 6)
            + " (/questions/0/id)); expected every question and topic id once in a bank",
        c + ":3:8: unknown topic 'the-wall'; expected one of berlin");
    assertThat(e.warnings()).map(FormatProblem::toString).containsExactly(
        a + ":" + lineOf(BANK_JSON, actor) + ":" + columnOf(BANK_JSON, actor) + " (/questions/0/actors/0): warning: actor 'usa' has no objectives",
        c + ":1:1: warning: the question has no actors, so nothing can be judged");
  }

  @Test
  void warningsAreLocatedInTheirFileToo() throws IOException {
    Path a = write("a.json", BANK_JSON);
    Path b = write("b.md", question("wall", "berlin"));

    List<String> warnings = HINDSIGHT.checkBank(dir).warnings().stream().map(FormatProblem::toString).toList();

    String actor = "{\"id\": \"usa\"";
    assertThat(warnings).containsExactly(
        a + ":" + lineOf(BANK_JSON, actor) + ":" + columnOf(BANK_JSON, actor) + " (/questions/0/actors/0): warning: actor 'usa' has no objectives",
        b + ":1:1: warning: the question has no actors, so nothing can be judged");
  }

  @Test
  void aBrokenLinkIsAtTheSameLineAndColumnInAFileAloneAsInAFolder(@TempDir Path single) throws IOException {
    String broken = BANK_JSON.replace("\"topic\": \"berlin\"", "\"topic\": \"the-wall\"");
    Location alone = only(Files.writeString(single.resolve("a.json"), broken));
    Location inFolder = only(write("a.json", broken));
    assertThat(alone.line()).hasValue(lineOf(broken, "\"topic\": \"the-wall\""));
    assertThat(alone.column()).hasValue(columnOf(broken, "\"topic\": \"the-wall\"") + 9);
    assertThat(alone.line()).isEqualTo(inFolder.line());
    assertThat(alone.column()).isEqualTo(inFolder.column());
    assertThat(alone.pointer()).isEqualTo(inFolder.pointer()).hasValue("/questions/0/topic");

    Files.delete(dir.resolve("a.json"));
    Location markdownAlone = only(Files.writeString(single.resolve("b.md"), question("wall", "the-wall")));
    Location markdownInFolder = only(write("b.md", question("wall", "the-wall")));
    assertThat(markdownAlone.line()).hasValue(3);
    assertThat(markdownAlone.column()).hasValue(8);
    assertThat(markdownAlone.line()).isEqualTo(markdownInFolder.line());
    assertThat(markdownAlone.column()).isEqualTo(markdownInFolder.column());
  }

  /** The one problem of reading a file, or the folder it was written to, as a bank. */
  private Location only(Path written) {
    Path read = written.getParent().equals(dir) ? dir : written;
    FormatException e = catchThrowableOfType(FormatException.class, () -> HINDSIGHT.readBank(read));
    assertThat(e).as("reading %s", read).isNotNull();
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).location().source()).isEqualTo(written.toString());
    return e.problems().get(0).location();
  }

  private List<String> problems(Path folder) {
    FormatException e = catchThrowableOfType(FormatException.class, () -> HINDSIGHT.readBank(folder));
    assertThat(e).as("reading %s", folder).isNotNull();
    return e.problems().stream().map(FormatProblem::toString).toList();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static int lineOf(String text, String part) {
    return text.substring(0, text.indexOf(part)).split("\n", -1).length;
  }

  private static int columnOf(String text, String part) {
    int at = text.indexOf(part);
    return at - text.lastIndexOf('\n', at - 1);
  }
}
