package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Question;
import io.github.hindsight.samples.Samples;
import io.github.hindsight.spi.FormatException;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class JacksonModuleTest {
  /** An application's own type that holds Hindsight values. */
  public record Lesson(String title, HistoricalDate taught, Question question) {}

  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new HindsightJacksonModule()).build();

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
  void theModuleIsFoundByServiceLoader() {
    assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
        .contains(HindsightJacksonModule.class);
  }
}
