package io.github.hindsight.fuzzing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Structure-aware: a generated question whose text fields hold fuzzed strings (see
 * {@link Edits}), written by every lossless format and read back, or refused by the writer
 * before it writes a byte.
 */
class EditedQuestionFuzzTest {
  @FuzzTest
  void roundTrip(byte[] input) throws IOException {
    Optional<Question> question = Edits.question(input);
    if (question.isEmpty()) {
      return;
    }
    for (FormatProvider format : Formats.lossless()) {
      RoundTrips.question(question.get(), format, true);
      RoundTrips.stream(List.of(question.get()), format);
    }
  }
}
