package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.ReadOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile documents are refused quickly, with a located problem, in strict and lenient reading. */
class LimitsTest {
  static final String HEAD = "{\"format\":\"hindsight-question\",\"version\":1,\"id\":\"q\",\"prompt\":\"P?\",";
  static final ReadOptions LENIENT = ReadOptions.builder().sourceName("test.json").strict(false).build();

  @Test
  void deepNestingIsRefused() {
    String doc = HEAD + "\"deep\":" + "[".repeat(500) + "]".repeat(500) + "}";
    for (ReadOptions options : List.of(ReadOptions.named("test.json"), LENIENT)) {
      List<FormatProblem> problems = Io.problems(Io.JSON, doc, options);
      assertThat(problems).last().satisfies(p -> {
        assertThat(p.message()).contains("breaks a limit").contains("nesting depth").contains("64");
        assertThat(p.location().line()).hasValue(1);
      });
    }
  }

  @Test
  void hugeStringsAreRefused() {
    String doc = HEAD + "\"guidance\":[\"" + "x".repeat(JsonFormat.MAX_STRING_LENGTH + 1) + "\"]}";
    assertThat(Io.problems(Io.JSON, doc)).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("breaks a limit").contains("String value length");
      assertThat(p.location().pointer()).hasValue("/guidance/0");
    });
    assertThat(Io.problems(Io.JSONL, doc + "\n")).singleElement().satisfies(p -> assertThat(p.message()).contains("String value length"));
  }

  @Test
  void duplicateKeysAreRefusedEvenWhenLenient() {
    String doc = HEAD + "\"tags\":[\"a\"],\"tags\":[\"b\"]}";
    assertThat(Io.problems(Io.JSON, doc, LENIENT)).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("the member 'tags' is given twice in a question; expected each member once");
      assertThat(p.location().column()).hasValue(doc.lastIndexOf("\"tags\"") + 1);
    });
  }

  @Test
  void truncatedDocumentsAreRefusedAtEveryCut() {
    String whole = Io.write(Io.JSON, io.github.hindsight.testkit.samples.Samples.cubanMissileCrisis());
    for (int cut = 0; cut < whole.length() - 2; cut += 97) {
      assertThat(Io.problems(Io.JSON, whole.substring(0, cut))).as("cut at %d", cut).isNotEmpty();
    }
  }

  @Test
  void hugeNumbersAreRefused() {
    String doc = HEAD + "\"exam\":{\"marks\":" + "9".repeat(200) + "}}";
    assertThat(Io.problems(Io.JSON, doc)).singleElement().satisfies(p -> assertThat(p.message()).contains("breaks a limit"));
    String big = HEAD + "\"exam\":{\"marks\":99999999999}}";
    assertThat(Io.problems(Io.JSON, big)).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("expected a whole number");
      assertThat(p.location().pointer()).hasValue("/exam/marks");
    });
  }
}
