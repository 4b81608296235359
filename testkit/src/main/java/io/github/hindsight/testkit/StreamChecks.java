package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The checks of the caller's streams, of question streams, and of use from many threads.
 */
final class StreamChecks extends Checks {
  private static final int THREADS = 4;
  private static final int TASKS_PER_THREAD = 6;
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
    List<Question> questions = holdableQuestions();
    boolean lossless = format.reader().isPresent() && format.writer().isPresent() && format.writer().get().isLossless();
    assumeTrue(format.writer().isPresent() || !brokenDocuments().isEmpty(), "nothing to run in parallel");
    List<byte[]> expected = new ArrayList<>();
    if (format.writer().isPresent()) {
      for (Question question : questions) {
        expected.add(bytesOf(question));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int task = 0; task < THREADS * TASKS_PER_THREAD; task++) {
        int index = task;
        Callable<Void> work = () -> {
          start.await();
          if (format.writer().isPresent()) {
            int q = index % questions.size();
            byte[] bytes = bytesOf(questions.get(q));
            assertThat(text(bytes)).as("question '%s' written on thread %d", questions.get(q).id(), index).isEqualTo(text(expected.get(q)));
            if (lossless) {
              assertThat(reader().readQuestion(new Tracking.Input(bytes), ReadOptions.named("task-" + index))).isEqualTo(questions.get(q));
            }
          } else {
            BrokenDocument document = brokenDocuments().get(index % brokenDocuments().size());
            expectFormatException(() -> reader().readQuestion(new Tracking.Input(document.content()), ReadOptions.named(document.name())),
                "readQuestion of " + document + " on thread " + index);
          }
          return null;
        };
        results.add(pool.submit(work));
      }
      start.countDown();
      for (Future<?> result : results) {
        // A generous bound, only so that a deadlock fails the test instead of hanging the build.
        result.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
