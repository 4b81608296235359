package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schemas, checked by an independent validator against what the writer writes and the reader refuses. */
class SchemaTest {
  static Schema question;
  static Schema bank;

  @BeforeAll
  static void load() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream q = SchemaTest.class.getResourceAsStream(JsonFormat.QUESTION_SCHEMA);
        InputStream b = SchemaTest.class.getResourceAsStream(JsonFormat.BANK_SCHEMA)) {
      question = registry.getSchema(q);
      bank = registry.getSchema(b);
    }
  }

  static List<Error> errors(Schema schema, String doc) {
    return schema.validate(doc, InputFormat.JSON);
  }

  @Test
  void theExamplesAreValid() throws IOException {
    assertThat(errors(question, Files.readString(Path.of("../examples/questions/json/cuban-missile-crisis.json")))).isEmpty();
    assertThat(errors(question, Files.readString(GoldenTest.GOLDEN.resolve("cuban-missile-crisis.json")))).isEmpty();
    assertThat(errors(bank, Files.readString(GoldenTest.GOLDEN.resolve("cold-war-bank.json")))).isEmpty();
    for (String line : Files.readAllLines(GoldenTest.GOLDEN.resolve("cold-war-bank.jsonl"))) {
      if (line.contains("hindsight-question")) {
        assertThat(errors(question, line)).isEmpty();
      }
    }
  }

  @Test
  void thousandsOfGeneratedQuestionsAreValid() {
    for (long seed = 0; seed < 2000; seed++) {
      String doc = Io.write(Io.JSON, RandomQuestions.question(seed, 1 + (int) (seed % 4)));
      assertThat(errors(question, doc)).as("seed %d", seed).isEmpty();
    }
    for (long seed = 0; seed < 20; seed++) {
      assertThat(errors(bank, Io.writeBank(Io.JSON, RandomQuestions.bank(seed, 10)))).as("bank seed %d", seed).isEmpty();
    }
  }

  @Test
  void theCopiesInTheDocsAreIdentical() throws IOException {
    Path docs = Path.of("../docs/formats");
    for (String name : List.of("hindsight-question.schema.json", "hindsight-bank.schema.json")) {
      try (InputStream in = SchemaTest.class.getResourceAsStream("/io/github/hindsight/json/" + name)) {
        assertThat(Files.readString(docs.resolve(name))).as(name).isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }

  static final String HEAD = "{\"format\":\"hindsight-question\",\"version\":1,";

  @ParameterizedTest
  @ValueSource(strings = {
      HEAD + "\"prompt\":\"No id?\"}",
      HEAD + "\"id\":\"q\",\"prompt\":\"Who?\",\"colour\":\"blue\"}",
      HEAD + "\"id\":\"q\",\"prompt\":7}",
      HEAD + "\"id\":\"Not A Slug\",\"prompt\":\"Who?\"}",
      HEAD + "\"id\":\"q\",\"prompt\":\" padded \"}",
      HEAD + "\"id\":\"q\",\"prompt\":\"Who?\",\"kind\":\"who-lost\"}",
      HEAD + "\"id\":\"q\",\"prompt\":\"Who?\",\"evidence\":[{\"id\":\"e\",\"statement\":\"S.\",\"date\":\"62 AD\"}]}",
      HEAD + "\"id\":\"q\",\"prompt\":\"Who?\",\"actors\":[{\"id\":\"usa\"}]}",
      HEAD + "\"id\":\"q\",\"prompt\":\"Who?\",\"criteria\":[{\"id\":\"c\",\"name\":\"C\",\"measure\":\"perception\",\"weight\":-1}]}",
      HEAD + "\"id\":\"q\",\"prompt\":\"Who?\",\"tags\":null}",
      "{\"format\":\"hindsight-question\",\"version\":2,\"id\":\"q\",\"prompt\":\"Who?\"}",
      "{\"format\":\"hindsight-quiz\",\"version\":1,\"id\":\"q\",\"prompt\":\"Who?\"}",
      "{\"id\":\"q\",\"prompt\":\"Who?\"}",
  })
  void invalidDocumentsAreRejectedByBothTheSchemaAndTheReader(String doc) {
    assertThat(errors(question, doc)).isNotEmpty();
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Io.read(Io.JSON, doc))).isInstanceOf(FormatException.class);
  }

  @Test
  void theSchemaAcceptsTheSampleWrittenByTheWriter() {
    assertThat(errors(question, Io.write(Io.JSON, Samples.cubanMissileCrisis()))).isEmpty();
  }
}
