package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MutationTest {
  private static final byte[] DOC = "{\n  \"id\": \"actor-ussr\",\n  \"other\": \"actor-usa\",\n  \"topic\": \"topic-1\",\n  \"also\": \"topic-2\"\n}\n"
      .getBytes(StandardCharsets.UTF_8);

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Property(tries = 200)
  void aMutationIsAFunctionOfTheDocument(@ForAll("mutations") Mutation m) {
    assertThat(m.on(DOC)).isEqualTo(m.on(DOC));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Mutation> mutations() {
    return Mutation.any();
  }

  @Test
  void eachMutationDoesWhatItSays() {
    assertThat(Mutation.truncate(0.5).on(DOC)).hasSize(DOC.length / 2);
    assertThat(Mutation.bom().on(DOC)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(text(Mutation.collideIds(0).on(DOC))).contains("\"other\": \"actor-ussr\"");
    assertThat(text(Mutation.selfRelatedTopic(0).on(DOC))).contains("\"also\": \"topic-1\"");
    assertThat(text(Mutation.duplicateLine(0.2).on(DOC))).containsOnlyOnce("\"other\"").contains("\"id\": \"actor-ussr\",\n  \"id\"");
    assertThat(text(Mutation.deleteLine(0.2).on(DOC))).doesNotContain("\"id\"");
    assertThat(Mutation.hugeString(0.2).on(DOC).length).isGreaterThan(Mutation.HUGE);
    assertThat(Mutation.flip(0, 0).on(DOC)[0]).isEqualTo((byte) ('{' ^ 1));
  }
}
