package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.testkit.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JudgeCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** The JSON report of the sample as the docs show it; {@code -Dhindsight.golden.update=true} rewrites it. */
  static final Path DOCUMENTED_REPORT = Path.of("..", "docs", "examples", "cuban-missile-crisis-judgement.json");

  @TempDir
  Path dir;

  Path cuba;
  Question question;

  @BeforeEach
  void writeSample() throws IOException {
    question = Samples.cubanMissileCrisis();
    cuba = dir.resolve("cuba.json");
    Hindsight.standard().write(question, cuba);
  }

  private JsonNode json(String... args) {
    List<String> all = new ArrayList<>(List.of("judge", cuba.toString(), "--format", "json"));
    all.addAll(List.of(args));
    Cli r = Cli.run(all.toArray(String[]::new));
    assertThat(r.code()).as("%s", r).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void textReportShowsVerdictTraceAndSensitivityWithTrace() {
    Cli r = Cli.run("judge", cuba.toString(), "--trace");
    Judgement expected = Judge.standard().judge(question);
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.out()).contains(expected.name(expected.verdict().leader()) + " comes out ahead")
        .contains("Sensitivity").contains("Scenario 1 of 2").contains("Trace:").contains("turkey-missiles-out");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theReadmeCommandJudgesTheBundledMarkdownExample() throws IOException {
    Path example = Path.of("..", "examples", "questions", "cuban-missile-crisis.md");
    Cli r = Cli.run("judge", example.toString());
    Judgement expected = Judge.standard().judge(Hindsight.standard().read(example));
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.out()).startsWith("Who won the Cuban Missile Crisis?\n")
        .contains(expected.name(expected.verdict().leader()) + " comes out ahead");
  }

  @Test
  void everyExampleQuestionIsAnsweredOnOneScreenAndTraceAddsTheTrace() throws IOException {
    List<Path> examples;
    try (var files = Files.list(Path.of("..", "examples", "questions"))) {
      examples = files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().contains("topics")).sorted().toList();
    }
    assertThat(examples).isNotEmpty();
    for (Path example : examples) {
      Cli brief = Cli.run("judge", example.toString());
      assertThat(brief.code()).as("%s", brief).isZero();
      assertThat(brief.out().lines().toList()).as(example + "\n" + brief.out()).hasSizeLessThanOrEqualTo(40)
          .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100))
          .noneMatch(line -> line.startsWith("Trace:"));
      Cli full = Cli.run("judge", example.toString(), "--trace");
      assertThat(full.code()).as("%s", full).isZero();
      assertThat(full.out()).startsWith(brief.out()).contains("Trace:");
      assertThat(full.out().lines().count()).isGreaterThan(brief.out().lines().count());
    }
  }

  @Test
  void jsonRankingIsTheEnginesBestFirst() {
    JsonNode root = json("--trace");
    Judgement expected = Judge.standard().judge(question);
    JsonNode ranking = root.get("ranking");
    assertThat(ranking.size()).isEqualTo(question.actors().size());
    for (int i = 0; i < ranking.size(); i++) {
      String actor = expected.verdict().ranking().get(i);
      assertThat(ranking.get(i).get("actor").asString()).isEqualTo(actor);
      assertThat(ranking.get(i).get("score").asDouble()).isEqualTo(expected.verdict().total(actor));
      if (i > 0) {
        assertThat(ranking.get(i).get("score").asDouble()).isLessThanOrEqualTo(ranking.get(i - 1).get("score").asDouble());
      }
    }
    assertThat(root.get("scenarios").size()).isEqualTo(expected.verdicts().size());
    assertThat(root.get("asOf").isNull()).isTrue();
    assertThat(root.get("trace").size()).isEqualTo(expected.verdict().trace().size());
    assertThat(root.get("method").asString()).isEqualTo("contest");
    assertThat(json().has("trace")).as("the trace only with --trace").isFalse();
  }

  @Test
  void jsonReportIsTheDocumentedExample() throws IOException {
    // With --trace the report is the whole object the Jackson module writes for a judgement.
    Cli r = Cli.run("judge", cuba.toString(), "--format", "json", "--trace");
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.out()).isEqualTo(GoldenFiles.expected(DOCUMENTED_REPORT, r.out()));
  }

  @Test
  void weightPastTheTippingPointChangesTheLeader() {
    JsonNode before = json();
    JsonNode objectives = null;
    for (JsonNode s : before.get("sensitivity")) {
      if (s.get("criterion").asString().equals("objectives")) {
        objectives = s;
      }
    }
    assertThat(objectives).isNotNull();
    JsonNode above = objectives.get("above");
    assertThat(above.isNull()).as("the sample has a tipping point above the weight of objectives").isFalse();
    double tip = above.get("weight").asDouble();
    JsonNode after = json("--weight", "objectives=" + (tip + 1));
    assertThat(after.get("leader").asString()).isEqualTo(above.get("newLeader").asString())
        .isNotEqualTo(before.get("leader").asString());
    assertThat(after.get("criteria").get(0).get("weight").asDouble()).isEqualTo(tip + 1);
  }

  @Test
  void readingLeavesOneScenario() {
    JsonNode root = json("--reading", "missiles-near-usa=bargaining-chip");
    assertThat(root.get("scenarios").size()).isEqualTo(1);
    assertThat(root.get("readings").get("missiles-near-usa").asString()).isEqualTo("bargaining-chip");
  }

  @Test
  void asOfCountsOnlyWhatWasKnown() {
    JsonNode root = json("--as-of", "1962-11");
    Judgement expected = Judge.standard().judge(question, JudgementConfig.asOf(HistoricalDate.ofMonth(1962, 11)));
    assertThat(root.get("asOf").asString()).isEqualTo("1962-11");
    List<String> unknown = new ArrayList<>();
    root.get("unknownEvidence").forEach(n -> unknown.add(n.asString()));
    assertThat(unknown).isEqualTo(expected.unknownEvidence()).contains("turkey-deal");
    assertThat(root.get("leader").asString()).isEqualTo(expected.verdict().leader());
  }

  @Test
  void markdownReportHasATablePerScenario() {
    Cli r = Cli.run("judge", cuba.toString(), "--format", "MarkDown", "--trace");
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.out()).startsWith("# " + question.prompt() + "\n\n## Answer\n").contains("## Scenario 1: ").contains("## Scenario 2: ")
        .contains("| Rank | Actor |").contains("### Trace");
    Cli brief = Cli.run("judge", cuba.toString(), "--format", "markdown");
    assertThat(brief.out()).contains("## Answer").doesNotContain("### Trace");
  }

  @Test
  void unknownIdsAreUsageErrorsThatNameTheValidOnes() {
    Cli weight = Cli.run("judge", cuba.toString(), "--weight", "glory=2");
    assertThat(weight.code()).isEqualTo(HindsightCli.USAGE);
    assertThat(weight.err()).contains("'glory'").contains("objectives, consequences");

    Cli objective = Cli.run("judge", cuba.toString(), "--reading", "cuba-secure=permanent-base");
    assertThat(objective.code()).isEqualTo(HindsightCli.USAGE);
    assertThat(objective.err()).contains("'cuba-secure'").contains("missiles-near-usa");

    Cli reading = Cli.run("judge", cuba.toString(), "--reading", "missiles-near-usa=bluff");
    assertThat(reading.code()).isEqualTo(HindsightCli.USAGE);
    assertThat(reading.err()).contains("'bluff'").contains("permanent-base, bargaining-chip");
  }

  @Test
  void badValuesAreUsageErrors() {
    assertThat(Cli.run("judge", cuba.toString(), "--as-of", "October").code()).isEqualTo(HindsightCli.USAGE);
    assertThat(Cli.run("judge", cuba.toString(), "--weight", "objectives=-1").err()).contains("from 0 up");
    assertThat(Cli.run("judge", cuba.toString(), "--weight", "objectives=lots").code()).isEqualTo(HindsightCli.USAGE);
    Cli format = Cli.run("judge", cuba.toString(), "--format", "xml");
    assertThat(format.code()).isEqualTo(HindsightCli.USAGE);
    assertThat(format.err()).contains("xml").contains("JSON");
    assertThat(Cli.run("judge").code()).isEqualTo(HindsightCli.USAGE);
    assertThat(Cli.run("judge", dir.toString()).code()).isEqualTo(HindsightCli.USAGE);
  }

  @Test
  void unknownExtensionAndUnknownContentIsAUsageError() throws IOException {
    Path odd = dir.resolve("cuba.unknown");
    Files.writeString(odd, "neither json nor anything else");
    Cli r = Cli.run("judge", odd.toString());
    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.USAGE);
    assertThat(r.err()).contains("cuba.unknown").contains("json");
  }

  @Test
  void missingFileIsAnIoError() {
    Cli r = Cli.run("judge", dir.resolve("absent.json").toString());
    assertThat(r.code()).isEqualTo(HindsightCli.IO_ERROR);
    assertThat(r.err()).isEqualTo("hindsight: cannot read " + dir.resolve("absent.json") + ": no such file or folder\n");
  }

  @Test
  void brokenInputIsOneLinePerProblemWithoutAStackTrace() throws IOException {
    Path broken = Broken.json(dir);
    Cli r = Cli.run("judge", broken.toString());
    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.INPUT_PROBLEM);
    assertThat(r.err().lines()).isNotEmpty().allMatch(line -> line.startsWith(broken.toString() + ":"));
    assertThat(r.err()).doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();

    Cli verbose = Cli.run("--verbose", "judge", broken.toString());
    assertThat(verbose.code()).isEqualTo(HindsightCli.INPUT_PROBLEM);
    assertThat(verbose.err()).contains("\tat ").contains("FormatException");
    Cli after = Cli.run("judge", "--verbose", broken.toString());
    assertThat(after.err()).contains("\tat ");
  }
}
