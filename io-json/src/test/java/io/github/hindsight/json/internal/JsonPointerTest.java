package io.github.hindsight.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.json.JsonFormat;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/** The reader's own pointer walk gives exactly what Jackson's pathAsPointer() gives, at every token. */
class JsonPointerTest {

  @Property(tries = 100)
  void agreesWithJacksonAtEveryToken(@ForAll long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonFormat().writer().orElseThrow().writeQuestion(RandomQuestions.question(seed), out);
    // Member names with '~' and '/' exercise the escaping.
    String json = out.toString(java.nio.charset.StandardCharsets.UTF_8).replaceFirst("\\{", "{\"a/b~c\": [1, {\"x\": [[]]}],");
    try (JsonParser p = Json.DOCUMENTS.createParser(ObjectReadContext.empty(), json)) {
      int tokens = 0;
      while (p.nextToken() != null) {
        assertThat(Json.pointer(p.streamReadContext())).isEqualTo(p.streamReadContext().pathAsPointer().toString());
        tokens++;
      }
      assertThat(tokens).isGreaterThan(10);
    }
  }
}
