package io.github.hindsight.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.Location;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fuzz tests' verdict on a refusal fails where it should, and only there. */
class ReadsTest {
  private static final byte[] TWO_LINES = "{\n}".getBytes(StandardCharsets.UTF_8);

  private static void check(Location where, String message) {
    Reads.assertLocated(new FormatException(where, message), TWO_LINES);
  }

  @Test
  void acceptsALineOrAPointerInTheDocument() {
    assertThatCode(() -> check(Location.at(Reads.SOURCE, 2, 1), "expected a member")).doesNotThrowAnyException();
    assertThatCode(() -> check(Location.builder().source(Reads.SOURCE).pointer("/id").build(), "expected an id"))
        .doesNotThrowAnyException();
  }

  @Test
  void countsLinesEndedByLfCrOrCrLf() {
    assertThat(Reads.lines("a".getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
    assertThat(Reads.lines("a\nb\rc\r\nd".getBytes(StandardCharsets.UTF_8))).isEqualTo(4);
    assertThat(Reads.lines("a\r".getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
    assertThat(Reads.lines("a\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
  }

  @Test
  void refusesAnotherDocumentNoPlaceALineOutsideAndABlankMessage() {
    assertThatThrownBy(() -> check(Location.at("other.doc", 1, 1), "x")).hasMessageContaining("names the document 'other.doc'");
    assertThatThrownBy(() -> check(Location.builder().source(Reads.SOURCE).build(), "x")).hasMessageContaining("neither a line nor a pointer");
    assertThatThrownBy(() -> check(Location.at(Reads.SOURCE, 3, 1), "x")).hasMessageContaining("line 3 of a document of 2 lines");
    // A message of two lines cannot be made: FormatProblem escapes line breaks (FormatProblemTest).
    assertThatThrownBy(() -> check(Location.at(Reads.SOURCE, 1, 1), " ")).hasMessageContaining("blank message");
  }
}
