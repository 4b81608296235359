package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  private final Hindsight hindsight = Hindsight.standard();

  @TempDir
  Path dir;

  private Path cuba() throws IOException {
    Path cuba = dir.resolve("cuba.json");
    hindsight.write(Samples.cubanMissileCrisis(), cuba);
    return cuba;
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void oneQuestionByExtensions() throws IOException {
    Path out = dir.resolve("cuba.jsonl");
    Cli r = Cli.run("convert", cuba().toString(), out.toString());
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(hindsight.read(out)).isEqualTo(Samples.cubanMissileCrisis());
    assertThat(r.out()).contains("wrote 1 question to " + out);
  }

  @Test
  void formatsByIdOverrideTheExtensions() throws IOException {
    Path in = dir.resolve("cuba.txt");
    Files.move(cuba(), in);
    Path out = dir.resolve("cuba.out");
    Cli r = Cli.run("convert", in.toString(), out.toString(), "--from", "json", "--to", "jsonl");
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(hindsight.read(out, "jsonl")).isEqualTo(Samples.cubanMissileCrisis());
  }

  @Test
  void aFolderBecomesABankAndABankAFolder() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("questions"));
    // Loose files have no topics to point at.
    List<Question> questions = RandomQuestions.questions(7, 3).stream().map(q -> q.withTopic(Optional.empty())).toList();
    for (Question q : questions) {
      hindsight.write(q, folder.resolve(q.id() + ".jsonl"));
    }
    Path bank = dir.resolve("bank.jsonl");
    Cli toBank = Cli.run("convert", folder.toString(), bank.toString());
    assertThat(toBank.code()).as("%s", toBank).isZero();
    QuestionBank read = hindsight.readBank(bank);
    assertThat(read.questions()).hasSize(3);

    Path back = dir.resolve("back");
    Cli toFolder = Cli.run("convert", bank.toString(), back + "/", "--to", "json");
    assertThat(toFolder.code()).as("%s", toFolder).isZero();
    assertThat(names(back)).isEqualTo(names(folder).stream().map(n -> n.replace(".jsonl", ".json")).toList());
    for (Question q : questions) {
      assertThat(hindsight.read(back.resolve(q.id() + ".json"))).isEqualTo(q);
    }
  }

  @Test
  void aFolderNeedsAFormat() throws IOException {
    Files.createDirectory(dir.resolve("out"));
    Cli r = Cli.run("convert", cuba().toString(), dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(HindsightCli.USAGE);
    assertThat(r.err()).contains("--to");
  }

  @Test
  void unknownFormatsAreUsageErrors() throws IOException {
    Path cuba = cuba();
    Cli to = Cli.run("convert", cuba.toString(), dir.resolve("x.json").toString(), "--to", "yaml");
    assertThat(to.code()).isEqualTo(HindsightCli.USAGE);
    assertThat(to.err()).contains("'yaml'").contains("json (.json)");
    Cli from = Cli.run("convert", cuba.toString(), dir.resolve("x.json").toString(), "--from", "xml");
    assertThat(from.code()).isEqualTo(HindsightCli.USAGE);
    Cli extension = Cli.run("convert", cuba.toString(), dir.resolve("cuba.docx").toString());
    assertThat(extension.code()).as("%s", extension).isEqualTo(HindsightCli.USAGE);
    assertThat(extension.err()).contains("cuba.docx");
    assertThat(dir.resolve("cuba.docx")).doesNotExist();
  }

  @Test
  void missingInputIsAnIoError() {
    Cli r = Cli.run("convert", dir.resolve("absent.json").toString(), dir.resolve("out.json").toString());
    assertThat(r.code()).isEqualTo(HindsightCli.IO_ERROR);
    assertThat(r.err()).contains("absent.json").contains("no such file");
  }

  @Test
  void anOutputThatCannotBeWrittenIsAnIoError() throws IOException {
    Path cuba = cuba();
    // A regular file where a folder should be: no user, root included, can write below it.
    Path out = cuba.resolve("out.jsonl");
    Cli r = Cli.run("convert", cuba.toString(), out.toString());
    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.IO_ERROR);
    assertThat(r.err().lines()).hasSize(1).allMatch(l -> l.startsWith("hindsight: ") && l.contains("cuba.json"));
  }

  @Test
  void streamsACorpusOneQuestionAtATime() throws IOException {
    Path corpus = dir.resolve("corpus.jsonl");
    // Without topics, so that the bank read back at the end has no links to check.
    java.util.List<io.github.hindsight.model.Question> questions = io.github.hindsight.testkit.samples.RandomQuestions.questions(7, 50).stream()
        .map(q -> q.withTopic(java.util.Optional.empty())).toList();
    hindsight.writeBank(io.github.hindsight.model.QuestionBank.builder().questions(questions).build(), corpus);
    Path out = dir.resolve("corpus.json");
    Cli r = Cli.run("convert", "--stream", corpus.toString(), out.toString());
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.out()).isEqualTo("wrote 50 questions to " + out + System.lineSeparator());
    assertThat(hindsight.readBank(out).questions()).isEqualTo(questions);
  }

  @Test
  void streamingRefusesFolders() throws IOException {
    Cli r = Cli.run("convert", "--stream", dir.toString(), dir.resolve("x.json").toString());
    assertThat(r.code()).isEqualTo(HindsightCli.USAGE);
    assertThat(r.err()).contains("--stream converts one file into another");
  }

  @Test
  void aBrokenQuestionInAStreamLeavesNoOutput() throws IOException {
    Path corpus = dir.resolve("broken.jsonl");
    String good = Files.readString(cuba()).replaceAll("\\s*\\n\\s*", "");
    Files.writeString(corpus, good + "\n" + "{\"format\": \"hindsight-question\", \"version\": 1, \"id\": \"Bad Id\", \"prompt\": \"?\"}\n");
    Path out = dir.resolve("out.json");
    Cli r = Cli.run("convert", "--stream", corpus.toString(), out.toString());
    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.INPUT_PROBLEM);
    assertThat(r.err()).startsWith(corpus + ":2:");
    assertThat(out).doesNotExist();
    assertThat(names(dir)).doesNotContain("out.json").noneMatch(n -> n.endsWith(".tmp"));
  }

  @Test
  void anOutputInAMissingFolderNamesTheOutput() throws IOException {
    Path out = dir.resolve("no-such-folder").resolve("cuba.json");
    Cli r = Cli.run("convert", cuba().toString(), out.toString());
    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.IO_ERROR);
    assertThat(r.err()).isEqualTo("hindsight: " + out + ": its folder does not exist" + System.lineSeparator());
  }

  @Test
  void brokenInputLeavesAnExistingOutputAsItWas() throws IOException {
    Path out = dir.resolve("keep.jsonl");
    Files.writeString(out, "old contents\n");
    Path broken = Broken.json(dir);
    Cli r = Cli.run("convert", broken.toString(), out.toString());
    assertThat(r.code()).isEqualTo(HindsightCli.INPUT_PROBLEM);
    assertThat(r.err().lines()).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> l.startsWith(broken + ":"));
    assertThat(Files.readString(out)).isEqualTo("old contents\n");
    assertThat(names(dir)).containsExactlyInAnyOrder("broken.json", "keep.jsonl");
  }

  private static final Path EXAMPLES = Path.of("..", "examples", "questions");

  /** The example questions; the file of topics alone links to them all, and is read with the folder. */
  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".md")).filter(p -> !p.getFileName().toString().endsWith("-topics.md"))
          .sorted().toList();
    }
  }

  /** Converts a file or folder by the command line, which must succeed, and gives what it wrote. */
  private static String converted(String in, Path out) throws IOException {
    Cli r = Cli.run("convert", in, out.toString());
    assertThat(r.code()).as("%s", r).isZero();
    return Files.readString(out);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("examples")
  void everyExampleBecomesAMoodleQuiz(Path example) throws IOException {
    String quiz = converted(example.toString(), dir.resolve(example.getFileName().toString().replace(".md", ".gift")));
    assertThat(quiz).startsWith("// A Moodle quiz written by Hindsight").contains("$CATEGORY: hindsight");
    assertThat(quiz).contains("$CATEGORY: hindsight/" + hindsight.read(example).id() + "\n");
  }

  @Test
  void theFolderOfExamplesBecomesOneQuiz() throws IOException {
    String quiz = converted(EXAMPLES.toString(), dir.resolve("examples.gift"));
    for (Question question : hindsight.readBank(EXAMPLES).questions()) {
      assertThat(quiz).contains("$CATEGORY: hindsight/" + question.id() + "\n");
    }
  }

  /** An export of the Cuban example is the golden file its module's tests pin. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"io-gift, gift", "io-timeline, timeline.json"})
  void theCubanExampleGivesTheExportOfTheGoldenFile(String module, String extension) throws IOException {
    assertThat(converted(EXAMPLES.resolve("cuban-missile-crisis.md").toString(), dir.resolve("cuban." + extension))).isEqualTo(Files.readString(
        Path.of("..", module, "src", "test", "resources", "golden", "cuban-missile-crisis." + extension)));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("examples")
  void everyExampleBecomesATimeline(Path example) throws IOException {
    String timeline = converted(example.toString(), dir.resolve(example.getFileName().toString().replace(".md", ".timeline.json")));
    Question question = hindsight.read(example);
    assertThat(timeline).startsWith("{\n  \"title\": {").contains("\"events\": [")
        .contains("\"unique_id\": \"" + question.id() + "-");
  }

  @Test
  void theFolderOfExamplesBecomesOneTimeline() throws IOException {
    String timeline = converted(EXAMPLES.toString(), dir.resolve("examples.timeline.json"));
    List<Question> questions = hindsight.readBank(EXAMPLES).questions();
    assertThat(timeline).contains("\"headline\": \"" + questions.size() + " questions\"");
    for (Question question : questions) {
      assertThat(timeline).contains("\"unique_id\": \"" + question.id() + "-");
    }
  }

  @Test
  void aTimelineIsNotReadBack() throws IOException {
    Path out = dir.resolve("cuban.timeline.json");
    converted(EXAMPLES.resolve("cuban-missile-crisis.md").toString(), out);
    Cli r = Cli.run("convert", out.toString(), dir.resolve("back.json").toString());
    assertThat(r.code()).as("%s", r).isNotZero();
    assertThat(r.err()).contains("timeline");
  }

  @Test
  void theCubanExampleBecomesAMermaidDiagram() throws IOException {
    Path out = dir.resolve("q.mmd");
    Cli r = Cli.run("convert", EXAMPLES.resolve("cuban-missile-crisis.md").toString(), out.toString());
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(Files.readString(out)).startsWith("---\ntitle: \"Who won the Cuban Missile Crisis?\"\n---\nflowchart LR\n")
        .contains("q0_a_ussr --> q0_o_safer_homeland");
  }

  @Test
  void theFolderOfExamplesBecomesOneGraph() throws IOException {
    Path out = dir.resolve("examples.dot");
    Cli r = Cli.run("convert", EXAMPLES.toString(), out.toString());
    assertThat(r.code()).as("%s", r).isZero();
    String dot = Files.readString(out);
    assertThat(dot).startsWith("digraph hindsight {").endsWith("}\n");
    for (int i = 0; i < hindsight.readBank(EXAMPLES).questions().size(); i++) {
      assertThat(dot).contains("subgraph cluster_q" + i + " {");
    }
  }

  @Test
  void theCubanExampleBecomesThePageOfTheGoldenFile() throws IOException {
    Path out = dir.resolve("cuba.html");
    Cli r = Cli.run("convert", EXAMPLES.resolve("cuban-missile-crisis.md").toString(), out.toString());
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(Files.readString(out))
        .isEqualTo(Files.readString(Path.of("..", "io-html", "src", "test", "resources", "golden", "cuban-missile-crisis.html")));
  }

  @Test
  void theFolderOfExamplesBecomesASite() throws IOException {
    Path site = dir.resolve("site");
    Cli r = Cli.run("convert", EXAMPLES.toString(), site + "/", "--to", "html");
    assertThat(r.code()).as("%s", r).isZero();
    QuestionBank bank = hindsight.readBank(EXAMPLES);
    String index = Files.readString(site.resolve("index.html"));
    for (Question question : bank.questions()) {
      assertThat(site.resolve(question.id() + ".html")).isRegularFile();
      assertThat(index).contains("href=\"" + question.id() + ".html\"");
    }
    for (var topic : bank.topics()) {
      assertThat(Files.readString(site.resolve("topic-" + topic.id() + ".html"))).contains("href=\"index.html\"");
    }
    assertThat(names(site)).hasSize(1 + bank.questions().size() + bank.topics().size());
  }
}
