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

  @Test
  void brokenJsonInsideAQuestionEndsTheStreamAfterOneReport() throws IOException {
    String bank = "{\"format\":\"hindsight-bank\",\"version\":1,\"questions\":[\n"
        + "{\"id\":\"a\",\"prompt\":\"P?\"},\n"
        + "{\"id\":\"b\",\"prompt\":\"P?\" \"tags\":[]},\n"
        + "{\"id\":\"c\",\"prompt\":\"P?\"}]}";
    try (QuestionStream s = Io.JSON.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(bank.getBytes(StandardCharsets.UTF_8)), ReadOptions.named("bank.json"))) {
      assertThat(s.next().id()).isEqualTo("a");
      FormatException e = catchThrowableOfType(FormatException.class, () -> {
        while (s.hasNext()) {
          s.next();
        }
      });
      assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.toString()).startsWith("bank.json:3:").contains("not valid JSON"));
      assertThat(s.hasNext()).isFalse();
    }
  }

  @Test
  void invalidBytesEndABankStreamOnceAndOnlyTheirLineInJsonLines() throws IOException {
    byte[] bad = {(byte) 0xf5, (byte) 0x80, (byte) 0x80, (byte) 0x80};
    java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
    json.writeBytes("{\"format\":\"hindsight-bank\",\"version\":1,\"questions\":[\n{\"id\":\"a\",\"prompt\":\"P?\"},\n{\"id\":\"b\",\"prompt\":\"P".getBytes(StandardCharsets.UTF_8));
    json.writeBytes(bad);
    json.writeBytes("?\"},\n{\"id\":\"c\",\"prompt\":\"P?\"}]}".getBytes(StandardCharsets.UTF_8));
    try (QuestionStream s = Io.JSON.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(json.toByteArray()), ReadOptions.named("bank.json"))) {
      assertThat(s.next().id()).isEqualTo("a");
      List<FormatException> failures = failures(s);
      assertThat(failures).singleElement().satisfies(e -> assertThat(e.problems()).singleElement()
          .satisfies(p -> assertThat(p.toString()).startsWith("bank.json:3:22").contains("not UTF-8")));
      assertThat(s.hasNext()).isFalse();
    }
    java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
    lines.writeBytes("{\"format\":\"hindsight-question\",\"version\":1,\"id\":\"b\",\"prompt\":\"P".getBytes(StandardCharsets.UTF_8));
    lines.writeBytes(bad);
    lines.writeBytes("?\"}\n".getBytes(StandardCharsets.UTF_8));
    lines.writeBytes(Io.write(Io.JSONL, Samples.cubanMissileCrisis()).getBytes(StandardCharsets.UTF_8));
    try (QuestionStream s = Io.JSONL.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(lines.toByteArray()), ReadOptions.named("corpus"))) {
      assertThat(s.hasNext()).isTrue();
      FormatException e = catchThrowableOfType(FormatException.class, s::next);
      assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.toString()).startsWith("corpus:1:").contains("not UTF-8"));
      assertThat(s.next()).isEqualTo(Samples.cubanMissileCrisis());
      assertThat(s.hasNext()).isFalse();
    }
  }

  @Test
  void problemsOutsideAnyQuestionOfJsonLinesAreReportedAndTheStreamMovesOn() throws IOException {
    String lines = "{\"format\":\"hindsight-topic\",\"version\":1,\"id\":\"Bad Topic\",\"title\":\"T\"}\n"
        + "{\"format\":\"hindsight-bank\",\"version\":1}\n"
        + "[1,2,3]\n"
        + Io.write(Io.JSONL, Samples.cubanMissileCrisis());
    try (QuestionStream s = Io.JSONL.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), ReadOptions.named("corpus"))) {
      List<FormatException> failures = new ArrayList<>();
      List<Question> read = new ArrayList<>();
      while (s.hasNext()) {
        try {
          read.add(s.next());
        } catch (FormatException e) {
          failures.add(e);
        }
      }
      assertThat(failures).extracting(e -> e.problems().get(0).location().line().orElseThrow()).containsExactly(1, 2, 3);
      assertThat(read).containsExactly(Samples.cubanMissileCrisis());
    }
  }

  @Test
  void aBankOverTheLimitIsRefusedOnceWhenStreamedAndAtOnceWhenReadWhole() throws IOException {
    long size = 300L << 20;
    try (QuestionStream s = Io.JSON.reader().orElseThrow().streamQuestions(new GeneratedBank(size), ReadOptions.named("big.json"))) {
      List<FormatException> failures = failures(s);
      assertThat(failures).singleElement().satisfies(e -> assertThat(e.problems()).singleElement()
          .satisfies(p -> assertThat(p.message()).contains("breaks a limit of Hindsight JSON")));
      assertThat(s.hasNext()).isFalse();
    }
    GeneratedBank whole = new GeneratedBank(size);
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> Io.JSON.reader().orElseThrow().readBank(whole, ReadOptions.named("big.json")));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("breaks a limit of Hindsight JSON").contains(Long.toString(JsonFormat.MAX_DOCUMENT_LENGTH));
      assertThat(p.location().line()).isPresent();
    });
    // Refused as soon as the limit was passed, not after reading all of it.
    assertThat(whole.produced()).isLessThan(size);
  }

  /** Reads a stream to its end, collecting what it throws. */
  private static List<FormatException> failures(QuestionStream s) throws IOException {
    List<FormatException> failures = new ArrayList<>();
    while (true) {
      try {
        if (!s.hasNext()) {
          return failures;
        }
        s.next();
      } catch (FormatException e) {
        failures.add(e);
        assertThat(failures).as("the stream ends").hasSizeLessThan(10);
      }
    }
  }

  /** A bank of valid questions, each with a long prompt, produced as it is read and never held whole. */
  static final class GeneratedBank extends java.io.InputStream {
    private static final byte[] HEAD = "{\"format\":\"hindsight-bank\",\"version\":1,\"questions\":[\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] QUESTION = ("{\"id\":\"q\",\"prompt\":\"Who " + "won ".repeat(100_000) + "in the end?\"},\n")
        .getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = "{\"id\":\"last\",\"prompt\":\"P?\"}]}".getBytes(StandardCharsets.UTF_8);
    private final long size;
    private long produced;

    GeneratedBank(long size) {
      this.size = size;
    }

    long produced() {
      return produced;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      byte[] part;
      long at;
      if (produced < HEAD.length) {
        part = HEAD;
        at = produced;
      } else if (produced < size) {
        part = QUESTION;
        at = (produced - HEAD.length) % QUESTION.length;
      } else {
        long end = produced - size;
        if (end >= TAIL.length) {
          return -1;
        }
        part = TAIL;
        at = end;
      }
      int n = (int) Math.min(len, part.length - at);
      if (part == QUESTION) {
        // The questions end where the tail begins, even if that is within a question.
        n = (int) Math.min(n, size - produced);
        if (n == 0) {
          return read(b, off, len);
        }
      }
      System.arraycopy(part, (int) at, b, off, n);
      produced += n;
      return n;
    }
  }
}
