package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.testkit.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validate, formats, new, shell, and what every command shares. */
class CommandsTest {
  @TempDir
  Path dir;

  private Path cuba() throws IOException {
    Path cuba = dir.resolve("cuba.json");
    Hindsight.standard().write(Samples.cubanMissileCrisis(), cuba);
    return cuba;
  }

  @Test
  void validateListsEveryProblemOfEveryFile() throws IOException {
    Path good = cuba();
    Path broken = Broken.json(dir);
    Path cut = Broken.truncated(dir);
    Cli r = Cli.run("validate", good.toString(), broken.toString(), cut.toString());
    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.INPUT_PROBLEM);
    assertThat(r.out()).isEqualTo(good + ": valid, 1 question\n");
    List<String> problems = r.err().lines().filter(l -> !l.startsWith("hindsight: ")).toList();
    assertThat(problems.stream().filter(l -> l.startsWith(broken + ":"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(problems.stream().filter(l -> l.startsWith(cut + ":"))).isNotEmpty();
    assertThat(problems).allMatch(l -> l.matches(".+\\.json:\\d+:\\d+.*: .+"), "file:line:column: message");
    assertThat(r.err()).contains("hindsight: 2 of 3 files failed the check");
  }

  @Test
  void validateOfGoodFilesSucceeds() throws IOException {
    Cli r = Cli.run("validate", cuba().toString());
    assertThat(r.code()).as("%s", r).isZero();
  }

  @Test
  void validateOfAQuestionWhoseTopicIsElsewhereLocatesItsWarningsAtTheirLines() throws IOException {
    Path wall = Files.writeString(dir.resolve("wall.md"), "---\nid: wall\ntopic: the-wall\n---\n\n# Who gained most?\n");
    Cli r = Cli.run("validate", wall.toString());
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.out()).isEqualTo(wall + ": valid, 1 question\n");
    assertThat(r.err()).isEqualTo(wall + ":1:1: warning: the question has no actors, so nothing can be judged\n");
  }

  @Test
  void validateReportsMissingFilesAndUnknownFormatsAndGoesOn() throws IOException {
    Path good = cuba();
    Path odd = Files.writeString(dir.resolve("notes.unknown"), "plain words");
    Cli unknown = Cli.run("validate", odd.toString(), good.toString());
    assertThat(unknown.code()).isEqualTo(HindsightCli.USAGE);
    assertThat(unknown.out()).contains(good + ": valid");
    Cli missing = Cli.run("validate", odd.toString(), dir.resolve("absent.json").toString(), good.toString());
    assertThat(missing.code()).isEqualTo(HindsightCli.IO_ERROR);
    assertThat(missing.err()).contains("absent.json: no such file or folder");
    assertThat(Cli.run("validate").code()).isEqualTo(HindsightCli.USAGE);
  }

  @Test
  void formatsListsTheInstalledFormats() {
    Cli r = Cli.run("formats");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("ID").contains("EXTENSIONS").contains("READ").contains("WRITE");
    for (var format : Hindsight.standard().formats()) {
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(format.id() + " ").contains(format.displayName()));
    }
    assertThat(lines).anyMatch(l -> l.matches("json +\\.json +yes +yes +Hindsight JSON"));
    assertThat(lines).anyMatch(l -> l.matches("gift +\\.gift +no +yes +Moodle quiz \\(GIFT\\)"));
    assertThat(lines).anyMatch(l -> l.matches("timeline +\\.timeline\\.json +no +yes +TimelineJS timeline"));
    assertThat(lines).anyMatch(l -> l.matches("mermaid +\\.mmd \\.mermaid +no +yes +Mermaid diagram"));
    assertThat(lines).anyMatch(l -> l.matches("dot +\\.dot \\.gv +no +yes +Graphviz DOT diagram"));
    assertThat(lines).anyMatch(l -> l.matches("html +\\.html \\.htm +no +yes +HTML page"));
  }

  @Test
  void newWritesATemplateWithTheId() {
    Cli r = Cli.run("new", "berlin-wall-who-won");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("---\n").contains("\nid: berlin-wall-who-won\n").contains("\n# ").doesNotContain("QUESTION-ID");
  }

  @Test
  void theTemplateValidatesAsItStandsAndCanBeJudged() throws IOException {
    Path file = dir.resolve("berlin.md");
    assertThat(Cli.run("new", "berlin-wall-who-won", "-o", file.toString()).code()).isZero();
    Cli validate = Cli.run("validate", file.toString());
    assertThat(validate.code()).as("%s", validate).isZero();
    assertThat(validate.err()).as("no warnings either").isEmpty();
    assertThat(Hindsight.standard().read(file).id()).isEqualTo("berlin-wall-who-won");
    Cli judge = Cli.run("judge", file.toString());
    assertThat(judge.code()).as("%s", judge).isZero();
  }

  @Test
  void validateTheBundledExamples() throws IOException {
    try (var files = Files.list(Path.of("..", "examples", "questions"))) {
      String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("validate"), files.filter(Files::isRegularFile).map(Path::toString).sorted()
          // The topics document points at questions in the other files, so it is checked with them in a bank, not alone.
          .filter(f -> !f.endsWith("cold-war-topics.md")))
          .toArray(String[]::new);
      Cli r = Cli.run(args);
      assertThat(r.code()).as("%s", r).isZero();
      assertThat(r.out().lines()).hasSize(args.length - 1);
    }
  }

  @Test
  void theExamplesFolderIsOneValidBank() {
    // The topics document links to the questions of the other files; in one bank every link resolves.
    Cli r = Cli.run("validate", Path.of("..", "examples", "questions").toString());
    assertThat(r.code()).as("%s", r).isZero();
    Cli json = Cli.run("validate", Path.of("..", "examples", "questions", "json").toString());
    assertThat(json.code()).as("%s", json).isZero();
  }

  @Test
  void theJsonExamplesAreTheMarkdownExamples() throws IOException {
    Hindsight hindsight = Hindsight.standard();
    assertThat(hindsight.readBank(Path.of("..", "examples", "questions", "json")))
        .isEqualTo(hindsight.readBank(Path.of("..", "examples", "questions")));
  }

  @Test
  void newIntoAFile() throws IOException {
    Path file = dir.resolve("berlin.md");
    Cli r = Cli.run("new", "berlin-wall-who-won", "-o", file.toString());
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(Files.readString(file)).isEqualTo(NewCommand.template("berlin-wall-who-won"));
    assertThat(r.out()).isEmpty();

    Cli again = Cli.run("new", "other", "-o", file.toString());
    assertThat(again.code()).isEqualTo(HindsightCli.USAGE);
    assertThat(again.err()).contains("already exists").contains("--force");
    assertThat(Files.readString(file)).contains("berlin-wall-who-won");
    assertThat(Cli.run("new", "other", "-o", file.toString(), "--force").code()).isZero();
    assertThat(Files.readString(file)).contains("id: other\n");
    assertThat(dir.toFile().list()).containsExactly("berlin.md");
  }

  @Test
  void newRefusesBadIdsAndUnwritableFiles() throws IOException {
    Cli id = Cli.run("new", "Berlin Wall");
    assertThat(id.code()).isEqualTo(HindsightCli.USAGE);
    assertThat(id.err()).contains("'Berlin Wall'").contains("lower-case");
    Cli folder = Cli.run("new", "berlin", "-o", dir.resolve("missing/berlin.md").toString());
    assertThat(folder.code()).isEqualTo(HindsightCli.IO_ERROR);
    Path file = cuba();
    Cli underFile = Cli.run("new", "berlin", "-o", file.resolve("berlin.md").toString());
    assertThat(underFile.code()).isEqualTo(HindsightCli.IO_ERROR);
  }

  @Test
  void shellRunsJshellWithHindsightAndTheStartupScript() {
    ShellCommand shell = new ShellCommand();
    // As `hindsight shell -- --feedback concise` gives them.
    new picocli.CommandLine(shell.spec()).parseArgs("--", "--feedback", "concise");
    Path startup = dir.resolve("s.jsh");
    List<String> command = shell.command(Path.of("jshell"), "a.jar", startup);
    assertThat(command).containsExactly("jshell", "--class-path", "a.jar", "--startup", "DEFAULT", "--startup", startup.toString(),
        "--feedback", "concise");
    assertThat(ShellCommand.jshell()).exists();
  }

  @Test
  void theEmbeddedStartupScriptIsTheExamplesOne() throws IOException {
    assertThat(NewCommand.resource(ShellCommand.STARTUP)).isEqualTo(Files.readString(Path.of("..", "examples", "jshell", "hindsight.jsh")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"judge", "convert", "validate", "formats", "new", "shell"})
  void everyCommandHasHelpWithExamples(String command) {
    Cli r = Cli.run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: hindsight " + command).contains("Examples:");
  }

  @Test
  void usageErrors() {
    Cli none = Cli.run();
    assertThat(none.code()).isEqualTo(HindsightCli.USAGE);
    assertThat(none.err()).contains("a command is missing").contains("Usage: hindsight");
    Cli unknown = Cli.run("jugde", "x.md");
    assertThat(unknown.code()).isEqualTo(HindsightCli.USAGE);
    assertThat(unknown.err()).contains("'jugde'").contains("judge");
    Cli option = Cli.run("formats", "--colour");
    assertThat(option.code()).isEqualTo(HindsightCli.USAGE);
    assertThat(option.err()).contains("--colour");
  }

  @Test
  void aCommandSetUpAloneBehavesAsInTheWholeCommandLine() {
    // `judge --help` sets up the judge command alone; `help judge` sets up every command.
    for (String command : List.of("judge", "convert", "validate", "formats", "new", "shell", "serve")) {
      Cli alone = Cli.run(command, "--help");
      Cli inWhole = Cli.run("help", command);
      assertThat(alone.code()).as("%s", alone).isZero();
      assertThat(alone.out()).as(command).startsWith("Usage: hindsight " + command).isEqualTo(inWhole.out());
    }
    Cli verbose = Cli.run("judge", dir.resolve("absent.md").toString(), "--verbose");
    assertThat(verbose.code()).as("%s", verbose).isEqualTo(HindsightCli.IO_ERROR);
    assertThat(verbose.err()).contains("absent.md").contains("\tat ");
    Cli plain = Cli.run("judge", dir.resolve("absent.md").toString());
    assertThat(plain.err()).contains("absent.md").doesNotContain("\tat ");
  }

  @Test
  void helpAndVersion() {
    Cli help = Cli.run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Exit codes:").contains("hindsight judge examples/questions/cuban-missile-crisis.md");
    Cli version = Cli.run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("hindsight ");
  }
}
