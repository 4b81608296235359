package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The checks of the caller's streams, of question streams, and of use from many threads.
 */
final class StreamChecks extends Checks {
  /** More threads than cores, so that work is interleaved at any point, not just in parallel. */
  private static final int THREADS = 8;
  /** Enough that state shared by mistake shows up on every run, not one run in ten. */
  private static final int TASKS = 2_400;
  private static final int READ_BACK_ONE_IN = 8;
  private static final int LONG_DOCUMENT_BYTES = 1 << 20;
  private static final int LONG_DOCUMENT_QUESTIONS = 4_000;

  StreamChecks(FormatContractTest test) {
    super(test);
  }

  void writersLeaveTheCallersStreamOpen() throws IOException {
    Question question = holdableQuestions().get(0);
    Tracking.Output one = new Tracking.Output();
    writer().writeQuestion(question, one);
    assertThat(one.closed()).as("output closed by writeQuestion").isFalse();
    Tracking.Output bank = new Tracking.Output();
    writer().writeBank(holdableBank(), bank);
    assertThat(bank.closed()).as("output closed by writeBank").isFalse();
    Tracking.Output streamed = new Tracking.Output();
    try (QuestionSink sink = writer().openSink(streamed)) {
      sink.write(question);
    }
    assertThat(streamed.closed()).as("output closed by closing a sink").isFalse();
  }

  void readersLeaveTheCallersStreamOpen() throws IOException {
    assumeLossless();
    byte[] bytes = bytesOf(holdableQuestions().get(0));
    Tracking.Input one = new Tracking.Input(bytes);
    reader().readQuestion(one, ReadOptions.named("one"));
    assertThat(one.closed()).as("input closed by readQuestion").isFalse();
    Tracking.Output bankBytes = new Tracking.Output();
    writer().writeBank(holdableBank(), bankBytes);
    Tracking.Input bank = new Tracking.Input(bankBytes.toByteArray());
    reader().readBank(bank, ReadOptions.named("bank"));
    assertThat(bank.closed()).as("input closed by readBank").isFalse();
    Tracking.Input streamed = new Tracking.Input(bytes);
    try (QuestionStream stream = reader().streamQuestions(streamed, ReadOptions.named("stream"))) {
      while (stream.hasNext()) {
        stream.next();
      }
    }
    assertThat(streamed.closed()).as("input closed by closing a question stream").isFalse();
  }

  void streamsWithoutReadingTheWholeDocument() throws IOException {
    assumeLossless();
    assumeTrue(streamsLazily(), "streamsLazily() is false: the format reads a whole document before the first question");
    List<Question> questions = holdableQuestions();
    Tracking.Output out = new Tracking.Output();
    int count = 0;
    try (QuestionSink sink = writer().openSink(out)) {
      while (count < questions.size() || (out.size() < LONG_DOCUMENT_BYTES && count < LONG_DOCUMENT_QUESTIONS)) {
        Question question = questions.get(count % questions.size());
        sink.write(question.withId(question.id() + "-" + count));
        count++;
      }
    }
    byte[] bytes = out.toByteArray();
    Tracking.Input in = new Tracking.Input(bytes);
    try (QuestionStream stream = reader().streamQuestions(in, ReadOptions.named("long-document"))) {
      assertThat(stream.hasNext()).as("a first question in a document of %d questions", count).isTrue();
      assertThat(stream.next()).isEqualTo(questions.get(0).withId(questions.get(0).id() + "-0"));
      assertThat(in.consumed())
          .as("bytes read for the first of %d questions, out of %d; override streamsLazily() if the format cannot stream", count, bytes.length)
          .isLessThan(bytes.length / 2);
    }
  }

  void questionStreamsFollowTheirContract() throws IOException {
    assumeLossless();
    List<Question> questions = holdableQuestions();
    QuestionStream stream = reader().streamQuestions(new Tracking.Input(viaSink(questions)), ReadOptions.named("stream"));
    try {
      for (Question expected : questions) {
        assertThat(stream.hasNext()).isTrue();
        assertThat(stream.hasNext()).as("hasNext asked twice").isTrue();
        assertThat(stream.next()).isEqualTo(expected);
      }
      assertThat(stream.hasNext()).as("hasNext after the last question").isFalse();
      assertThat(stream.hasNext()).as("hasNext asked twice after the last question").isFalse();
      assertThatThrownBy(stream::next).as("next after the last question").isInstanceOf(NoSuchElementException.class);
    } finally {
      stream.close();
    }
    stream.close();
  }

  void isSafeToUseFromManyThreads() throws Exception {
    FormatProvider format = format();
    assumeTrue(format.writer().isPresent() || !brokenDocuments().isEmpty(), "nothing to run in parallel");
    List<Callable<Void>> kinds = format.writer().isPresent() ? writingTasks(format) : readingTasks(format);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<String> mismatches = java.util.Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int task = 0; task < TASKS; task++) {
        Callable<Void> work = kinds.get(task % kinds.size());
        int index = task;
        results.add(pool.submit(() -> {
          start.await();
          try {
            work.call();
          } catch (AssertionError e) {
            mismatches.add("task " + index + ": " + e.getMessage());
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> result : results) {
        // A generous bound, only so that a deadlock fails the test instead of hanging the build.
        result.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(mismatches)
        .as("%d of %d tasks on %d threads disagreed with the same work done on one thread (shared mutable state?); the first: %s",
            mismatches.size(), TASKS, THREADS, mismatches.stream().limit(1).findFirst().orElse(""))
        .isEmpty();
  }

  /**
   * Work for many threads: each sample question written alone, the bank, and a sink of the
   * questions, each compared with what one thread wrote first, and read back now and then when
   * the format is lossless.
   */
  private List<Callable<Void>> writingTasks(FormatProvider format) throws IOException {
    // One reader and one writer for every task: a fresh instance per task would hide shared state.
    FormatWriter writer = format.writer().orElseThrow();
    Optional<FormatReader> reader = writer.isLossless() ? format.reader() : Optional.empty();
    List<Question> questions = holdableQuestions();
    List<Callable<Void>> kinds = new ArrayList<>();
    AtomicInteger readBacks = new AtomicInteger();
    for (Question question : questions) {
      String expected = text(bytesOf(writer, question));
      kinds.add(() -> {
        byte[] bytes = bytesOf(writer, question);
        assertThat(text(bytes)).as("question '%s' written on many threads", question.id()).isEqualTo(expected);
        if (reader.isPresent() && readBacks.getAndIncrement() % READ_BACK_ONE_IN == 0) {
          assertThat(reader.get().readQuestion(new Tracking.Input(bytes), ReadOptions.named("parallel")))
              .as("question '%s' read on many threads", question.id()).isEqualTo(question);
        }
        return null;
      });
    }
    QuestionBank bank = holdableBank();
    String expectedBank = text(bytesOf(writer, bank));
    kinds.add(() -> {
      assertThat(text(bytesOf(writer, bank))).as("the bank written on many threads").isEqualTo(expectedBank);
      return null;
    });
    String expectedSink = text(viaSink(writer, questions));
    kinds.add(() -> {
      assertThat(text(viaSink(writer, questions))).as("the questions written through a sink on many threads").isEqualTo(expectedSink);
      return null;
    });
    return kinds;
  }

  private List<Callable<Void>> readingTasks(FormatProvider format) {
    FormatReader reader = format.reader().orElseThrow();
    List<Callable<Void>> kinds = new ArrayList<>();
    for (BrokenDocument document : brokenDocuments()) {
      kinds.add(() -> {
        expectFormatException(() -> reader.readQuestion(new Tracking.Input(document.content()), ReadOptions.named(document.name())),
            "readQuestion of " + document + " on many threads");
        return null;
      });
    }
    return kinds;
  }
}
