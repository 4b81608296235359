package io.github.hindsight.json;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.Assertions;

/** Short ways to write and read through a format in tests. */
final class Io {
  static final FormatProvider JSON = new JsonFormat();
  static final FormatProvider JSONL = new JsonLinesFormat();

  private Io() {}

  /** The reference question with content that only the Markdown format can place. */
  static java.util.List<Question> withForeignExtra() {
    return java.util.List.of(io.github.hindsight.testkit.samples.Samples.cubanMissileCrisis().withExtras(
        io.github.hindsight.model.Extra.builder().format("markdown").location("## Notes").name("Notes")
            .content("Kept from a lenient read.").build()));
  }

  static String write(FormatProvider f, Question q) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      f.writer().orElseThrow().writeQuestion(q, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static String writeBank(FormatProvider f, QuestionBank b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      f.writer().orElseThrow().writeBank(b, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static Question read(FormatProvider f, String text) {
    return read(f, text, ReadOptions.named("test.json"));
  }

  static Question read(FormatProvider f, String text, ReadOptions options) {
    try {
      return f.reader().orElseThrow().readQuestion(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static QuestionBank readBank(FormatProvider f, String text) {
    try {
      return f.reader().orElseThrow().readBank(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ReadOptions.named("test.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems of reading a question document that must fail. */
  static List<FormatProblem> problems(FormatProvider f, String text) {
    return problems(f, text, ReadOptions.named("test.json"));
  }

  static List<FormatProblem> problems(FormatProvider f, String text, ReadOptions options) {
    FormatException e = Assertions.catchThrowableOfType(FormatException.class, () -> read(f, text, options));
    Assertions.assertThat(e).as("reading must fail").isNotNull();
    return e.problems();
  }
}
