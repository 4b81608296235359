package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StreamingTest {

  static FormatProvider format(String id) {
    return id.equals("json") ? Io.JSON : Io.JSONL;
  }

  static List<Question> drain(FormatProvider f, byte[] bytes) throws IOException {
    List<Question> out = new ArrayList<>();
    try (QuestionStream s = f.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(bytes), ReadOptions.named("corpus"))) {
      while (s.hasNext()) {
        out.add(s.next());
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl"})
  void aSinkWritesWhatAStreamReadsBack(String id) throws IOException {
    FormatProvider f = format(id);
    // Without topics, so that the sink's output is also a valid bank on its own.
    List<Question> questions = RandomQuestions.questions(7, 200).stream().map(q -> q.withTopic(java.util.Optional.empty())).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (QuestionSink sink = f.writer().orElseThrow().openSink(out)) {
      for (Question q : questions) {
        sink.write(q);
      }
    }
    assertThat(drain(f, out.toByteArray())).isEqualTo(questions);
    // What a sink writes is a bank, readable whole as well.
    assertThat(f.reader().orElseThrow().readBank(new ByteArrayInputStream(out.toByteArray()), ReadOptions.defaults()).questions())
        .isEqualTo(questions);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl"})
  void aStreamSkipsTopicsAndReadsSingleQuestions(String id) throws IOException {
    FormatProvider f = format(id);
    byte[] bank = Io.writeBank(f, Samples.coldWarBank()).getBytes(StandardCharsets.UTF_8);
    assertThat(drain(f, bank)).isEqualTo(Samples.coldWarBank().questions());
    byte[] one = Io.write(f, Samples.cubanMissileCrisis()).getBytes(StandardCharsets.UTF_8);
    assertThat(drain(f, one)).containsExactly(Samples.cubanMissileCrisis());
  }

  @Test
  void aBadQuestionInAStreamIsReportedAndTheNextIsStillRead() throws IOException {
    String good = Io.write(Io.JSONL, Samples.cubanMissileCrisis());
    String bad = "{\"format\":\"hindsight-question\",\"version\":1,\"id\":\"b\",\"prompt\":\"P?\",\"tags\":[\"Not A Tag\"]}\n";
    byte[] bytes = (bad + good).getBytes(StandardCharsets.UTF_8);
    try (QuestionStream s = Io.JSONL.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(bytes), ReadOptions.named("corpus"))) {
      assertThat(s.hasNext()).isTrue();
      FormatException e = catchThrowableOfType(FormatException.class, s::next);
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.location().line()).hasValue(1);
        assertThat(p.location().pointer()).hasValue("/tags/0");
      });
      assertThat(s.hasNext()).isTrue();
      assertThat(s.next()).isEqualTo(Samples.cubanMissileCrisis());
      assertThat(s.hasNext()).isFalse();
    }
  }

  @Test
  void aBadQuestionInABankStreamIsLocatedInTheBank() throws IOException {
    String bank = "{\"format\":\"hindsight-bank\",\"version\":1,\"questions\":[\n"
        + "{\"id\":\"a\",\"prompt\":\"P?\"},\n"
        + "{\"id\":\"b\",\"prompt\":\"P?\",\"topic\":\"Bad\"},\n"
        + "{\"id\":\"c\",\"prompt\":\"P?\"}]}";
    try (QuestionStream s = Io.JSON.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(bank.getBytes(StandardCharsets.UTF_8)), ReadOptions.named("bank.json"))) {
      assertThat(s.next().id()).isEqualTo("a");
      FormatException e = catchThrowableOfType(FormatException.class, s::next);
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.location().line()).hasValue(3);
        assertThat(p.location().pointer()).hasValue("/questions/1/topic");
      });
      assertThat(s.next().id()).isEqualTo("c");
      assertThat(s.hasNext()).isFalse();
    }
  }

  @Test
  void aBankBrokenOutsideAnyQuestionEndsTheStreamAfterOneReport() throws IOException {
    String bank = "{\"format\":\"hindsight-bank\",\"version\":1,\"questions\":[\n"
        + "{\"id\":\"a\",\"prompt\":\"P?\"},\n"
        + "42,\n"
        + "{\"id\":\"c\",\"prompt\":\"P?\"}]}";
    try (QuestionStream s = Io.JSON.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(bank.getBytes(StandardCharsets.UTF_8)), ReadOptions.named("bank.json"))) {
      assertThat(s.next().id()).isEqualTo("a");
      FormatException e = catchThrowableOfType(FormatException.class, s::hasNext);
      assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.toString()).startsWith("bank.json:3:1").contains("a question object"));
      // A consumer that catches the problem and asks again is told that the stream has ended.
      assertThat(s.hasNext()).isFalse();
    }
  }

  @Test
  void aStreamReadsFromAnInputItNeverHoldsWhole() throws IOException {
    // A corpus produced on the fly: the reader sees it only through a small window.
    int count = 2000;
    java.io.InputStream corpus = new java.io.InputStream() {
      private int next;
      private byte[] line = new byte[0];
      private int pos;

      @Override
      public int read() {
        if (pos == line.length) {
          if (next == count) {
            return -1;
          }
          line = Io.write(Io.JSONL, RandomQuestions.question(next++, 1)).getBytes(StandardCharsets.UTF_8);
          pos = 0;
        }
        return line[pos++] & 0xff;
      }
    };
    int seen = 0;
    try (QuestionStream s = Io.JSONL.reader().orElseThrow().streamQuestions(corpus, ReadOptions.defaults())) {
      while (s.hasNext()) {
        assertThat(s.next()).isEqualTo(RandomQuestions.question(seen++, 1));
      }
    }
    assertThat(seen).isEqualTo(count);
  }
}
