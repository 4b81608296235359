package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.model.Extra;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.ReadOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class LenientReadingTest {
  static final ReadOptions LENIENT = ReadOptions.builder().sourceName("test.json").strict(false).build();

  static final String WITH_UNKNOWNS = "{\n"
      + "  \"format\": \"hindsight-question\",\n"
      + "  \"version\": 1,\n"
      + "  \"id\": \"q\",\n"
      + "  \"prompt\": \"Who?\",\n"
      + "  \"kind\": \"who-won\",\n"
      + "  \"actors\": [\n"
      + "    {\n"
      + "      \"id\": \"usa\",\n"
      + "      \"name\": \"US\",\n"
      + "      \"kind\": \"state\",\n"
      + "      \"role\": \"side\",\n"
      + "      \"colour\": {\n"
      + "        \"rgb\": [\n"
      + "          1,\n"
      + "          2.5,\n"
      + "          null\n"
      + "        ]\n"
      + "      }\n"
      + "    }\n"
      + "  ],\n"
      + "  \"reviewedBy\": \"a teacher\"\n"
      + "}\n";

  @Test
  void keepsUnknownMembersWithTheirObjectsPointer() {
    Question q = Io.read(Io.JSON, WITH_UNKNOWNS, LENIENT);
    assertThat(q.extras()).containsExactly(
        Extra.builder().format("json").location("/actors/0").name("colour").content("{\"rgb\":[1,2.5,null]}").build(),
        Extra.builder().format("json").location("").name("reviewedBy").content("\"a teacher\"").build());
  }

  @Test
  void writingBackLosesNothing() {
    Question q = Io.read(Io.JSON, WITH_UNKNOWNS, LENIENT);
    assertThat(Io.write(Io.JSON, q)).isEqualTo(WITH_UNKNOWNS);
    assertThat(Io.read(Io.JSONL, Io.write(Io.JSONL, q), LENIENT)).isEqualTo(q);
  }

  @Test
  void strictReadingRefusesEveryUnknownMember() {
    assertThat(Io.problems(Io.JSON, WITH_UNKNOWNS))
        .extracting(p -> p.location().pointer().orElseThrow() + "@" + p.location().line().getAsInt())
        .containsExactly("/actors/0/colour@13", "/reviewedBy@22");
  }

  @Test
  void extrasOfAnotherFormatAreRefusedNotDropped() {
    Question q = Samples.cubanMissileCrisis().withExtras(
        Extra.builder().format("markdown").location("## Notes").name("Notes").content("Some notes.").build());
    FormatException e = catchThrowableOfType(FormatException.class, () -> Io.write(Io.JSON, q));
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("'markdown' format cannot be written as JSON"));
  }

  @Test
  void extrasWithoutAPlaceOrWithAFormatNameAreRefused() {
    Question q = Samples.cubanMissileCrisis().withExtras(List.of(
        Extra.builder().format("json").location("/actors/99").name("x").content("1").build(),
        Extra.builder().format("json").location("").name("prompt").content("\"again\"").build(),
        Extra.builder().format("json").location("").name("bad").content("{not json").build()));
    FormatException e = catchThrowableOfType(FormatException.class, () -> Io.write(Io.JSONL, q));
    assertThat(e.problems()).extracting(p -> p.message()).singleElement().asString().contains("not one JSON value");
    FormatException e2 = catchThrowableOfType(FormatException.class, () -> Io.write(Io.JSON, q.withExtras(q.extras().subList(0, 2))));
    assertThat(e2.problems()).extracting(p -> p.location().pointer().orElseThrow()).containsExactly("/actors/99/x", "/prompt");
  }

  @Test
  void aBankKeepsNothingOutsideItsQuestionsEvenWhenLenient() {
    String bank = "{\"format\":\"hindsight-bank\",\"version\":1,\"owner\":\"me\",\"questions\":[]}";
    FormatException e = catchThrowableOfType(FormatException.class, () -> Io.JSON.reader().orElseThrow()
        .readBank(new java.io.ByteArrayInputStream(bank.getBytes(java.nio.charset.StandardCharsets.UTF_8)), LENIENT));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().pointer()).hasValue("/owner");
      assertThat(p.message()).contains("only a question keeps unknown members");
    });
  }
}
