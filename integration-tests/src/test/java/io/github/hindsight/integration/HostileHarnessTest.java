package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.Location;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The hostile-input checks catch each way a reader can misbehave, so that a pass means something. */
class HostileHarnessTest {
  private static final byte[] DOC = "{}".getBytes(StandardCharsets.UTF_8);

  /** A reader whose every read does what it is given with the options. */
  private static FormatReader reader(Function<ReadOptions, Question> read) {
    return new FormatReader() {
      @Override
      public Question readQuestion(InputStream in, ReadOptions options) {
        return read.apply(options);
      }

      @Override
      public QuestionBank readBank(InputStream in, ReadOptions options) {
        return QuestionBank.builder().addQuestion(read.apply(options)).build();
      }

      @Override
      public QuestionStream streamQuestions(InputStream in, ReadOptions options) {
        throw new UnsupportedOperationException();
      }
    };
  }

  @Test
  void aNormalResultPasses() {
    assertThat(Hostile.read(reader(o -> Samples.cubanMissileCrisis()), DOC, Hostile.Mode.QUESTION, true))
        .isEqualTo(Hostile.Outcome.READ);
  }

  @Test
  void aLocatedRefusalPasses() {
    assertThat(Hostile.read(reader(o -> {
      throw new FormatException(Location.at(o.sourceName(), 1, 2), "expected a value but found the end");
    }), DOC, Hostile.Mode.BANK, true)).isEqualTo(Hostile.Outcome.REFUSED);
  }

  @Test
  void anyOtherExceptionFails() {
    assertThatThrownBy(() -> Hostile.read(reader(o -> {
      throw new IllegalStateException("unexpected");
    }), DOC, Hostile.Mode.QUESTION, true)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRefusalWithoutALineFails() {
    assertThatThrownBy(() -> Hostile.read(reader(o -> {
      throw new FormatException(Location.builder().source(o.sourceName()).build(), "broken");
    }), DOC, Hostile.Mode.QUESTION, true)).isInstanceOf(AssertionError.class).hasMessageContaining("a line in");
  }

  @Test
  void aRefusalWithAPointerAloneFails() {
    assertThatThrownBy(() -> Hostile.read(reader(o -> {
      throw new FormatException(Location.builder().source(o.sourceName()).pointer("/actors/0").build(), "broken");
    }), DOC, Hostile.Mode.QUESTION, true)).isInstanceOf(AssertionError.class).hasMessageContaining("a line in");
  }

  @Test
  void aRefusalAtALinePastTheEndFails() {
    assertThatThrownBy(() -> Hostile.read(reader(o -> {
      throw new FormatException(Location.at(o.sourceName(), 2, 1), "broken");
    }), DOC, Hostile.Mode.QUESTION, true)).isInstanceOf(AssertionError.class).hasMessageContaining("line of");
  }

  @Test
  void aRefusalThatWasNotExpectedFails() {
    assertThatThrownBy(() -> Hostile.refusal(reader(o -> Samples.cubanMissileCrisis()), DOC, Hostile.Mode.QUESTION, true))
        .isInstanceOf(AssertionError.class).hasMessageContaining("outcome");
  }

  @Test
  void aRefusalNamingAnotherDocumentFails() {
    assertThatThrownBy(() -> Hostile.read(reader(o -> {
      throw new FormatException(Location.at("other.json", 1, 1), "broken");
    }), DOC, Hostile.Mode.QUESTION, true)).isInstanceOf(AssertionError.class).hasMessageContaining("source of");
  }

  @Test
  void aReaderThatHangsFails() {
    assertThatThrownBy(() -> Hostile.read(reader(o -> {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.onSpinWait();
      }
      throw new IllegalStateException("interrupted");
    }), DOC, Hostile.Mode.QUESTION, true, Duration.ofMillis(200))).isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("did not finish");
  }
}
