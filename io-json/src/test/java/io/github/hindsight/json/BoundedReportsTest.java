package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.spi.support.ProblemList;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A small document with many problems gets a report of bounded size, not one as big as its mistakes. */
class BoundedReportsTest {

  /** A question whose actors are a million numbers: two megabytes, a million type errors. */
  static String millionNumbers() {
    StringBuilder sb = new StringBuilder(LimitsTest.HEAD).append("\"actors\":[0");
    for (int i = 1; i < 1_000_000; i++) {
      sb.append(",1");
    }
    return sb.append("]}").toString();
  }

  static FormatProvider format(String id) {
    return id.equals("json") ? Io.JSON : Io.JSONL;
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl"})
  void aMillionProblemsAreReportedAsTheFirstHundredAndACount(String id) throws Exception {
    byte[] doc = (millionNumbers() + "\n").getBytes(StandardCharsets.UTF_8);
    FormatProvider f = format(id);
    for (ReadOptions options : List.of(ReadOptions.named("test.json"), LimitsTest.LENIENT)) {
      List<Runnable> reads = List.of(
          () -> uncheck(() -> f.reader().orElseThrow().readQuestion(new ByteArrayInputStream(doc), options)),
          () -> uncheck(() -> f.reader().orElseThrow().readBank(new ByteArrayInputStream(doc), options)));
      for (Runnable read : reads) {
        FormatException e = catchThrowableOfType(FormatException.class, read::run);
        assertThat(e).as("refused").isNotNull();
        List<FormatProblem> problems = e.problems();
        assertThat(problems).hasSize(FormatException.MAX_PROBLEMS + 1);
        assertThat(problems.get(0).message()).isEqualTo("expected an object but found the number 0");
        assertThat(problems.get(0).location().pointer()).hasValue("/actors/0");
        FormatProblem last = problems.get(FormatException.MAX_PROBLEMS);
        assertThat(last.message()).startsWith("and 999900 more problems");
        assertThat(last.location().pointer()).hasValue("/actors/100");
        assertThat(last.location().line()).hasValue(1);
        assertThat(e.getMessage().length()).isLessThan((FormatException.MAX_PROBLEMS + 2) * 200);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl"})
  void aRunawayValueIsQuotedByItsStart(String id) {
    String word = "x".repeat(1 << 19);
    String unknownFormat = "{\"format\":\"" + word + "\",\"version\":1}\n";
    String unknownMember = LimitsTest.HEAD.replace("{", "{\"" + "y".repeat(1000) + "\":1,") + "\"kind\":\"" + word + "\"}\n";
    String badId = "{\"format\":\"hindsight-question\",\"version\":1,\"id\":\"" + word.toUpperCase(java.util.Locale.ROOT) + "\",\"prompt\":\"P?\"}\n";
    for (String doc : List.of(unknownFormat, unknownMember, badId)) {
      List<FormatProblem> problems = Io.problems(format(id), doc);
      assertThat(problems).isNotEmpty().allSatisfy(p -> {
        assertThat(p.message().length()).isLessThanOrEqualTo(ProblemList.MAX_MESSAGE_LENGTH);
        assertThat(p.message()).doesNotContainIgnoringCase("x".repeat(ProblemList.MAX_EXCERPT_LENGTH)).doesNotContain("y".repeat(ProblemList.MAX_EXCERPT_LENGTH));
      });
    }
    assertThat(Io.problems(format(id), unknownFormat)).singleElement().satisfies(p ->
        assertThat(p.message()).startsWith("unknown format 'xxx").contains("...'; expected 'hindsight-question'"));
  }

  interface Read {
    void run() throws Exception;
  }

  static void uncheck(Read read) {
    try {
      read.run();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
