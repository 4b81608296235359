package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.Score;
import io.github.hindsight.judgement.StatementSupport;
import io.github.hindsight.judgement.Verdict;
import io.github.hindsight.model.Actor;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.Extra;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Stance;
import io.github.hindsight.model.Topic;
import io.github.hindsight.model.ValidationReport;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class JacksonModuleTest {
  /** An application's own type that holds Hindsight values. */
  public record Lesson(String title, HistoricalDate taught, Question question) {}

  /** An application's type with parts of a question and the model's words. */
  public record Notes(Actor actor, List<Evidence> evidence, HistoricalDate date, OutcomeStatus status) {}

  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new HindsightJacksonModule()).build();
  /** The report of {@code hindsight judge --format json} for the sample, written by the command before it used the module. */
  static final Path DOCUMENTED_REPORT = Path.of("..", "docs", "examples", "cuban-missile-crisis-judgement.json");

  private static FormatException formatException(Throwable thrown) {
    Throwable t = thrown;
    while (t != null && !(t instanceof FormatException)) {
      t = t.getCause();
    }
    assertThat(t).as("a FormatException in %s", thrown).isInstanceOf(FormatException.class);
    return (FormatException) t;
  }

  private static String onlyProblem(Throwable thrown, String pointer) {
    FormatException e = formatException(thrown);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      if (pointer.isEmpty()) {
        assertThat(p.location().pointer()).isEmpty();
      } else {
        assertThat(p.location().pointer()).hasValue(pointer);
      }
    });
    return e.problems().get(0).message();
  }

  @Test
  void anApplicationsTypesCarryQuestionsAndDates() {
    Lesson lesson = new Lesson("Cold War 3", HistoricalDate.parse("2026-11-20"), Samples.cubanMissileCrisis());
    String json = MAPPER.writeValueAsString(lesson);
    assertThat(json).contains("\"taught\":\"2026-11-20\"").contains("\"question\":{\"format\":\"hindsight-question\",\"version\":1,");
    assertThat(MAPPER.readValue(json, Lesson.class)).isEqualTo(lesson);
  }

  @Test
  void theQuestionIsTheSameJsonAsTheFormatWrites() {
    String compact = Io.write(Io.JSONL, Samples.cubanMissileCrisis()).strip();
    assertThat(MAPPER.writeValueAsString(Samples.cubanMissileCrisis())).isEqualTo(compact);
  }

  @Test
  void problemsAreReportedWithTheirPointersInTheApplicationsDocument() {
    String json = "{\"title\":\"T\",\"taught\":\"2026\",\"question\":{\"format\":\"hindsight-question\",\"version\":1,\"id\":\"q\",\"prompt\":\"P?\",\"kind\":\"who-won\",\"colour\":1}}";
    Throwable t = catchThrowable(() -> MAPPER.readValue(json, Lesson.class));
    while (t != null && !(t instanceof FormatException)) {
      t = t.getCause();
    }
    assertThat(t).isInstanceOf(FormatException.class);
    assertThat(((FormatException) t).problems()).singleElement().satisfies(p -> assertThat(p.location().pointer()).hasValue("/question/colour"));
    JsonMapper lenient = JsonMapper.builder().addModule(HindsightJacksonModule.lenient()).build();
    Lesson read = lenient.readValue(json, Lesson.class);
    assertThat(read.question().extras()).singleElement().satisfies(e -> assertThat(e.location()).isEmpty());
    assertThat(lenient.writeValueAsString(read)).isEqualTo(json);
  }

  @Test
  void aMemberGivenTwiceIsRefusedThoughTheApplicationsMapperAllowsIt() {
    String json = "{\"title\":\"T\",\"title\":\"U\",\"taught\":\"2026\",\"question\":{\"format\":\"hindsight-question\","
        + "\"version\":1,\"id\":\"q\",\"prompt\":\"P?\",\"id\":\"r\"}}";
    Throwable t = catchThrowable(() -> MAPPER.readValue(json, Lesson.class));
    // The application's own members are the mapper's to judge; the question's are Hindsight's.
    assertThat(onlyProblem(t, "/question/id")).isEqualTo("the member 'id' is given twice in a question; expected each member once");
  }

  @Test
  void theModuleIsFoundByServiceLoader() {
    assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
        .contains(HindsightJacksonModule.class);
  }

  @Test
  void theSampleBankIsTheBankDocument() throws IOException {
    QuestionBank bank = Samples.coldWarBank();
    String json = JacksonModulePropertiesTest.PRETTY.writeValueAsString(bank);
    assertThat(json + "\n").isEqualTo(Files.readString(GoldenTest.GOLDEN.resolve("cold-war-bank.json")));
    assertThat(MAPPER.readValue(json, QuestionBank.class)).isEqualTo(bank);
    Topic topic = bank.topics().get(0);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(topic), Topic.class)).isEqualTo(topic);
  }

  @Test
  void aQuestionDocumentReadAsABankHasItsLinksCheckedAsReadBankChecksThem() throws IOException {
    // The reference question names the topic 'cuban-missile-crisis', which its document does not define.
    Question q = Samples.cubanMissileCrisis();
    String json = MAPPER.writeValueAsString(q);
    Throwable t = catchThrowable(() -> MAPPER.readValue(json, QuestionBank.class));
    assertThat(onlyProblem(t, "/topic")).contains("'cuban-missile-crisis'");
    Throwable viaReadBank = catchThrowable(() -> Io.JSON.reader().orElseThrow().readBank(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), io.github.hindsight.spi.ReadOptions.defaults()));
    assertThat(formatException(t).problems().get(0).message()).isEqualTo(formatException(viaReadBank).problems().get(0).message());
    Question alone = q.withTopic(java.util.Optional.empty());
    QuestionBank bank = MAPPER.readValue(MAPPER.writeValueAsString(alone), QuestionBank.class);
    assertThat(bank.questions()).containsExactly(alone);
    assertThat(bank.validate().isValid()).isTrue();
  }

  @Test
  void aBankIsReadStrictlyWithItsProblemsLocated() {
    String json = "{\"bank\":{\"format\":\"hindsight-bank\",\"version\":1,\"questions\":[],\"colour\":1}}";
    Throwable t = catchThrowable(() -> MAPPER.readValue(json, new TypeReference<java.util.Map<String, QuestionBank>>() {}));
    assertThat(onlyProblem(t, "/bank/colour")).contains("unknown member 'colour' in a bank");
  }

  @Test
  void aPartIsReadStrictlyWithItsProblemsLocated() {
    String json = "{\"actor\":{\"id\":\"usa\",\"name\":\"United States\",\"kind\":\"empire-ish\"},"
        + "\"evidence\":[],\"date\":\"1962\",\"status\":\"achieved\"}";
    Throwable t = catchThrowable(() -> MAPPER.readValue(json, Notes.class));
    assertThat(onlyProblem(t, "/actor/kind")).contains("'empire-ish'");
    JsonMapper lenient = JsonMapper.builder().addModule(HindsightJacksonModule.lenient()).build();
    String unknown = json.replace("\"kind\":\"empire-ish\"", "\"colour\":1");
    // A part on its own has no question to keep an unknown member in.
    assertThat(onlyProblem(catchThrowable(() -> lenient.readValue(unknown, Notes.class)), "/actor/colour"))
        .contains("unknown member 'colour' in an actor");
  }

  @Test
  void aNullQuestionIsAnErrorAtTheNull() {
    String json = "{\"title\":\"T\",\"taught\":\"2026\",\"question\":null}";
    Throwable t = catchThrowable(() -> MAPPER.readValue(json, Lesson.class));
    assertThat(onlyProblem(t, "/question")).isEqualTo("expected a question object but found null");
    assertThat(formatException(t).problems().get(0).location().column()).hasValue(41);
  }

  @Test
  void aNullDocumentIsAnErrorForEveryHindsightType() {
    for (Class<?> type : List.of(Question.class, QuestionBank.class, Actor.class, Topic.class, Evidence.class,
        HistoricalDate.class, OutcomeStatus.class)) {
      Throwable t = catchThrowable(() -> MAPPER.readValue("null", type));
      assertThat(onlyProblem(t, "")).as("%s", type).startsWith("expected ").endsWith(" but found null");
    }
  }

  @Test
  void aNullPartDateOrWordIsAnErrorAtTheNull() {
    String ok = "{\"actor\":{\"id\":\"usa\",\"name\":\"United States\"},\"evidence\":[{\"id\":\"e\",\"statement\":\"S.\"}],"
        + "\"date\":\"1962\",\"status\":\"achieved\"}";
    assertThat(MAPPER.readValue(ok, Notes.class).evidence()).hasSize(1);
    assertThat(onlyProblem(catchThrowable(() -> MAPPER.readValue(ok.replaceFirst("\\{\"id\":\"usa\",\"name\":\"United States\"}", "null"),
        Notes.class)), "/actor")).isEqualTo("expected an actor object but found null");
    assertThat(onlyProblem(catchThrowable(() -> MAPPER.readValue(ok.replace("{\"id\":\"e\",\"statement\":\"S.\"}", "null"),
        Notes.class)), "/evidence/0")).isEqualTo("expected an evidence object but found null");
    assertThat(onlyProblem(catchThrowable(() -> MAPPER.readValue(ok.replace("\"1962\"", "null"), Notes.class)), "/date"))
        .startsWith("expected a date");
    assertThat(onlyProblem(catchThrowable(() -> MAPPER.readValue(ok.replace("\"achieved\"", "null"), Notes.class)), "/status"))
        .isEqualTo("expected an outcome status but found null");
  }

  @Test
  void theStatementIsWeighedThroughTheStancesAndTheInterpretationsAreNamed() {
    Question q = Samples.cubanMissileCrisis();
    q = q.withInterpretations(List.of(q.interpretations().get(0).withStance(Stance.AGREES),
        q.interpretations().get(1), q.interpretations().get(2).withStance(Stance.DISAGREES)));
    Judgement judgement = Judge.standard().judge(q);
    JsonNode report = MAPPER.valueToTree(judgement);
    StatementSupport s = judgement.statement().orElseThrow();
    JsonNode statement = report.get("statement");
    assertThat(statement.get("convincing").asString()).isEqualTo(s.extent().word());
    assertThat(statement.get("support").asDouble()).isEqualTo(s.support());
    assertThat(statement.get("for").asDouble()).isEqualTo(s.forWeight());
    assertThat(statement.get("against").asDouble()).isEqualTo(s.againstWeight());
    assertThat(statement.get("agree").get(0).asString()).isEqualTo(q.interpretations().get(0).id());
    assertThat(statement.get("disagree").get(0).asString()).isEqualTo(q.interpretations().get(2).id());
    assertThat(statement.get("partlyAgree")).isEmpty();
    assertThat(statement.get("forEvidence")).hasSize(s.forEvidence().size());
    JsonNode first = report.get("interpretations").get(0);
    assertThat(first.get("name").asString()).isEqualTo("Schlesinger (orthodox)");
    assertThat(first.get("stance").asString()).isEqualTo("agrees");
    assertThat(report.get("interpretations").get(1).get("stance").isNull()).isTrue();
    assertThat(MAPPER.valueToTree(Judge.standard().judge(Samples.cubanMissileCrisis())).get("statement").isNull()).isTrue();
  }

  @Test
  void aJudgementIsTheReportOfTheJudgeCommand() throws IOException {
    Judgement judgement = Judge.standard().judge(Samples.cubanMissileCrisis());
    JsonMapper indented = JsonMapper.builder().addModule(new HindsightJacksonModule()).enable(SerializationFeature.INDENT_OUTPUT).build();
    String documented = Files.readString(DOCUMENTED_REPORT);
    assertThat(indented.writeValueAsString(judgement) + "\n").isEqualTo(documented);

    // A verdict on its own is its scenario of the report, without the actors' names.
    Verdict verdict = judgement.verdicts().get(1);
    JsonNode scenario = JacksonModulePropertiesTest.PLAIN.readTree(documented).get("scenarios").get(1);
    scenario.get("ranking").forEach(r -> ((ObjectNode) r).remove("name"));
    assertThat(MAPPER.writeValueAsString(verdict)).isEqualTo(JacksonModulePropertiesTest.PLAIN.writeValueAsString(scenario));
  }

  @Test
  void aJudgementIsNotRead() {
    Judgement judgement = Judge.standard().judge(Samples.cubanMissileCrisis());
    Throwable t = catchThrowable(() -> MAPPER.readValue(MAPPER.writeValueAsString(judgement), Judgement.class));
    assertThat(t).hasMessageContaining("cannot read a judgement").hasMessageContaining("written, not read");
  }

  @Test
  void otherHindsightTypesAreRefusedByName() {
    Judgement judgement = Judge.standard().judge(Samples.cubanMissileCrisis());
    Score score = judgement.verdict().scores().get(0);
    ValidationReport report = Samples.cubanMissileCrisis().validate();
    Extra extra = Extra.builder().format("json").location("").name("colour").content("1").build();
    assertThat(catchThrowable(() -> MAPPER.writeValueAsString(score))).hasMessageContaining("no form for a score");
    assertThat(catchThrowable(() -> MAPPER.writeValueAsString(report))).hasMessageContaining("no form for a validation report");
    assertThat(catchThrowable(() -> MAPPER.writeValueAsString(List.of(extra)))).hasMessageContaining("no form for an extra");
    assertThat(catchThrowable(() -> MAPPER.readValue("{}", ValidationReport.class))).hasMessageContaining("cannot read a validation report");
  }
}
