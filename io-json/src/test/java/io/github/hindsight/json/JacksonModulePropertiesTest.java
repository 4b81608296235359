package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.json.internal.Json;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.ExamMetadata;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Through the Jackson module every value is the JSON the formats write for it, and reads back
 * equal.
 */
class JacksonModulePropertiesTest {
  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new HindsightJacksonModule()).build();
  /** The module with the layout of the {@code json} format's documents. */
  static final JsonMapper PRETTY = JsonMapper.builder().addModule(new HindsightJacksonModule())
      .defaultPrettyPrinter(Json.pretty().getPrettyPrinter()).enable(SerializationFeature.INDENT_OUTPUT).build();
  /** No module: only for taking the format's output apart. */
  /** Reads numbers with decimals exactly, as the format does for quantities. */
  static final JsonMapper PLAIN = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @Property(tries = 40)
  void aBankIsTheBankDocument(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int count) {
    QuestionBank bank = RandomQuestions.bank(seed, count);
    String pretty = PRETTY.writeValueAsString(bank);
    assertThat(pretty + "\n").isEqualTo(Io.writeBank(Io.JSON, bank));
    assertThat(PRETTY.readValue(pretty, QuestionBank.class)).isEqualTo(bank);
    String compact = MAPPER.writeValueAsString(bank);
    assertThat(MAPPER.readValue(compact, QuestionBank.class)).isEqualTo(bank);
  }

  @Property(tries = 200)
  void aQuestionIsTheQuestionDocument(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int size) {
    Question q = RandomQuestions.question(seed, size);
    String json = MAPPER.writeValueAsString(q);
    assertThat(json).isEqualTo(Io.write(Io.JSONL, q).strip());
    assertThat(PRETTY.writeValueAsString(q) + "\n").isEqualTo(Io.write(Io.JSON, q));
    assertThat(MAPPER.readValue(json, Question.class)).isEqualTo(q);
  }

  @Property(tries = 200)
  void eachPartIsItsObjectInTheQuestionDocument(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int size) {
    Question q = RandomQuestions.question(seed, size);
    JsonNode doc = PLAIN.readTree(Io.write(Io.JSON, q));
    parts(q.actors(), doc, "/actors");
    parts(q.objectives(), doc, "/objectives");
    for (int i = 0; i < q.objectives().size(); i++) {
      Objective o = q.objectives().get(i);
      part(o.outcome(), doc.at("/objectives/" + i + "/outcome"));
      parts(o.outcome().readings(), doc, "/objectives/" + i + "/outcome/readings");
    }
    parts(q.consequences(), doc, "/consequences");
    for (int i = 0; i < q.consequences().size(); i++) {
      Consequence c = q.consequences().get(i);
      parts(c.effects(), doc, "/consequences/" + i + "/effects");
    }
    parts(q.evidence(), doc, "/evidence");
    parts(q.perceptions(), doc, "/perceptions");
    parts(q.sources(), doc, "/sources");
    parts(q.interpretations(), doc, "/interpretations");
    for (int i = 0; i < q.interpretations().size(); i++) {
      Interpretation in = q.interpretations().get(i);
      JsonNode provenance = doc.at("/interpretations/" + i + "/provenance");
      if (!provenance.isMissingNode()) {
        part(in.provenance(), provenance);
      }
    }
    parts(q.criteria(), doc, "/criteria");
    if (q.exam().isPresent()) {
      ExamMetadata exam = q.exam().get();
      part(exam, doc.at("/exam"));
      parts(exam.interpretations(), doc, "/exam/interpretations");
      parts(exam.levels(), doc, "/exam/levels");
    }
  }

  @Property(tries = 40)
  void aTopicIsItsObjectInTheBankDocument(@ForAll long seed) {
    QuestionBank bank = RandomQuestions.bank(seed, 3);
    parts(bank.topics(), PLAIN.readTree(Io.writeBank(Io.JSON, bank)), "/topics");
  }

  private static void parts(List<?> values, JsonNode doc, String pointer) {
    for (int i = 0; i < values.size(); i++) {
      part(values.get(i), doc.at(pointer + "/" + i));
    }
  }

  private static void part(Object value, JsonNode node) {
    assertThat(node.isObject()).as("%s in the document", value).isTrue();
    String json = MAPPER.writeValueAsString(value);
    assertThat(json).isEqualTo(PLAIN.writeValueAsString(node));
    assertThat(MAPPER.readValue(json, value.getClass())).isEqualTo(value);
  }
}
