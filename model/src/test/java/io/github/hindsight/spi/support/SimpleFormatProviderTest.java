package io.github.hindsight.spi.support;

import static io.github.hindsight.spi.support.SimpleFormatProvider.describe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A provider answers from its description, copied when it is made, and refuses a wrong one at once. */
class SimpleFormatProviderTest {
  private static final FormatReader READER = new FormatReader() {
    @Override
    public Question readQuestion(InputStream in, ReadOptions options) {
      throw new UnsupportedOperationException("not read in this test");
    }

    @Override
    public QuestionBank readBank(InputStream in, ReadOptions options) {
      throw new UnsupportedOperationException("not read in this test");
    }

    @Override
    public QuestionStream streamQuestions(InputStream in, ReadOptions options) {
      throw new UnsupportedOperationException("not read in this test");
    }
  };

  private static final FormatWriter WRITER = new FormatWriter() {
    @Override
    public void writeQuestion(Question question, OutputStream out) {
      throw new UnsupportedOperationException("not written in this test");
    }

    @Override
    public void writeBank(QuestionBank bank, OutputStream out) {
      throw new UnsupportedOperationException("not written in this test");
    }

    @Override
    public QuestionSink openSink(OutputStream out) {
      throw new UnsupportedOperationException("not written in this test");
    }

    @Override
    public boolean isLossless() {
      return false;
    }
  };

  @Test
  void answersEveryQuestionFromTheDescription() {
    SimpleFormatProvider csv = new SimpleFormatProvider(describe("csv", "Questions as CSV", "text/csv")
        .extensions("csv", "tsv")
        .reader(READER)
        .writer(WRITER)
        .sniffer(head -> head.length > 0 && head[0] == '#' ? 70 : 5)
        .priority(3));

    assertThat(csv.id()).isEqualTo("csv");
    assertThat(csv.displayName()).isEqualTo("Questions as CSV");
    assertThat(csv.mediaType()).isEqualTo("text/csv");
    assertThat(csv.extensions()).containsExactly("csv", "tsv");
    assertThat(csv.reader()).containsSame(READER);
    assertThat(csv.writer()).containsSame(WRITER);
    assertThat(csv.sniff("# questions".getBytes(StandardCharsets.UTF_8))).isEqualTo(70);
    assertThat(csv.sniff("id,prompt".getBytes(StandardCharsets.UTF_8))).isEqualTo(5);
    assertThat(csv.priority()).isEqualTo(3);
  }

  @Test
  void withoutMoreAFormatHasNoExtensionsIsNeverSniffedAndHasPriorityZero() {
    SimpleFormatProvider notes = new SimpleFormatProvider(describe("notes", "Notes", "text/markdown").writer(WRITER));

    assertThat(notes.extensions()).isEmpty();
    assertThat(notes.reader()).isEmpty();
    assertThat(notes.writer()).containsSame(WRITER);
    assertThat(notes.sniff("---\nid: cuba\n".getBytes(StandardCharsets.UTF_8))).isZero();
    assertThat(notes.priority()).isZero();
  }

  @Test
  void changingTheDescriptionLaterDoesNotChangeTheProvider() {
    SimpleFormatProvider.Description description = describe("csv", "Questions as CSV", "text/csv").extensions("csv").reader(READER);
    SimpleFormatProvider csv = new SimpleFormatProvider(description);

    description.extensions("txt").writer(WRITER).priority(9);

    assertThat(csv.extensions()).containsExactly("csv");
    assertThat(csv.writer()).isEmpty();
    assertThat(csv.priority()).isZero();
    assertThatThrownBy(() -> csv.extensions().add("txt")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesADescriptionThatBreaksTheRulesSayingEveryProblem() {
    assertThatThrownBy(() -> new SimpleFormatProvider(describe("CSV", " ", "csv").extensions(".csv")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format 'CSV' is described wrongly")
        .hasMessageContaining("id 'CSV' is not a lower-case word")
        .hasMessageContaining("the display name is blank")
        .hasMessageContaining("media type 'csv' is not of the form 'type/subtype'")
        .hasMessageContaining("extension '.csv' is not lower case")
        .hasMessageContaining("neither a reader nor a writer");
  }

  @Test
  void refusesNullAtOnceByName() {
    SimpleFormatProvider.Description description = describe("csv", "CSV", "text/csv");
    SimpleFormatProvider csv = new SimpleFormatProvider(describe("csv", "CSV", "text/csv").reader(READER));

    assertThatThrownBy(() -> describe(null, "CSV", "text/csv")).hasMessage("id");
    assertThatThrownBy(() -> describe("csv", null, "text/csv")).hasMessage("displayName");
    assertThatThrownBy(() -> describe("csv", "CSV", null)).hasMessage("mediaType");
    assertThatThrownBy(() -> description.extensions((String) null)).hasMessage("extension");
    assertThatThrownBy(() -> description.reader(null)).hasMessage("formatReader");
    assertThatThrownBy(() -> description.writer(null)).hasMessage("formatWriter");
    assertThatThrownBy(() -> description.sniffer(null)).hasMessage("headSniffer");
    assertThatThrownBy(() -> new SimpleFormatProvider(null)).hasMessage("description");
    assertThatThrownBy(() -> csv.sniff(null)).isInstanceOf(NullPointerException.class).hasMessage("head");
  }
}
