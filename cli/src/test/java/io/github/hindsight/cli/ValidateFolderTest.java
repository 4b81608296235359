package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hindsight validate} on a folder names the file, line and column of every problem. */
class ValidateFolderTest {
  /** A bank whose one question has an actor without objectives, which is a warning. */
  private static final String BANK = """
      {
        "format": "hindsight-bank",
        "version": 1,
        "topics": [{"id": "berlin", "title": "Berlin"}],
        "questions": [
          {"id": "airlift", "prompt": "Who won the Berlin Blockade?", "topic": "berlin",
           "actors": [{"id": "usa", "name": "United States", "kind": "state"}]}
        ]
      }
      """;

  @TempDir Path dir;

  private Path markdown(String name, String id, String topic) throws IOException {
    return Files.writeString(dir.resolve(name), "---\nid: " + id + "\ntopic: " + topic + "\n---\n\n# Who gained most?\n");
  }

  @Test
  void aBrokenLinkInOneFileOfAFolderIsReportedAtItsLineAndColumn() throws IOException {
    Files.writeString(dir.resolve("a.json"), BANK);
    Path b = markdown("b.md", "wall", "the-wall");

    Cli r = Cli.run("validate", dir.toString());

    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.INPUT_PROBLEM);
    // The errors first, then every warning, so that one run tells everything.
    assertThat(r.err()).as("%s", r).isEqualTo(b + ":3:8: unknown topic 'the-wall'; expected one of berlin\n"
        + dir.resolve("a.json") + ":7:17 (/questions/0/actors/0): warning: actor 'usa' has no objectives\n"
        + b + ":1:1: warning: the question has no actors, so nothing can be judged\n");
  }

  @Test
  void anIdRepeatedInAnotherFileIsReportedWhereItIsRepeated() throws IOException {
    Path a = Files.writeString(dir.resolve("a.json"), BANK);
    Path b = markdown("b.md", "airlift", "berlin");

    Cli r = Cli.run("validate", dir.toString());

    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.INPUT_PROBLEM);
    assertThat(r.err()).as("%s", r).isEqualTo(
        b + ":2:5: duplicate id 'airlift' (first at " + a + ":6:12 (/questions/0/id)); expected every question and topic id once in a bank\n"
            + a + ":7:17 (/questions/0/actors/0): warning: actor 'usa' has no objectives\n");
  }

  @Test
  void warningsNameTheFileLineAndColumnButDoNotFail() throws IOException {
    Path a = Files.writeString(dir.resolve("a.json"), BANK);
    Path b = markdown("b.md", "wall", "berlin");

    Cli r = Cli.run("validate", dir.toString());

    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.err()).as("%s", r).isEqualTo(a + ":7:17 (/questions/0/actors/0): warning: actor 'usa' has no objectives\n"
        + b + ":1:1: warning: the question has no actors, so nothing can be judged\n");
    assertThat(r.out()).isEqualTo(dir + ": valid, 2 questions, 1 topic\n");
  }

  @Test
  void undatedEvidenceIsAWarningAtItsLineThatSaysWhatItMeans() throws IOException {
    Path q = Files.writeString(dir.resolve("q.md"), """
        ---
        id: airlift
        ---

        # Who won the Berlin Blockade?

        ## Actors

        ### United States `usa`

        ## Objectives

        ### United States `usa`

        - **Achieved** — Keep West Berlin supplied. `{#supply-berlin}`
          - **Evidence:** `airlift-tonnage`, `poster`

        ## Evidence

        - **1949-05** — About 2.3 million tons were flown in. `{#airlift-tonnage}`

        - A poster praised the airlift. `{#poster}`
        """);

    Cli r = Cli.run("validate", q.toString());

    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.err()).as("%s", r).isEqualTo(q + ":22:1: warning: evidence 'poster' has no date and no date it became known,"
        + " so a judgement as of any date counts it as already known; give it a date, or a known-from date if it came out later\n");
  }
}
