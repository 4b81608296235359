package io.github.hindsight.benchmarks;

import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.openjdk.jmh.infra.Blackhole;

/** Reads every question of a document in memory, the way each read benchmark does. */
final class Drain {
  private Drain() {}

  /**
   * Streams the questions of a document.
   *
   * @param format the format
   * @param bytes the document
   * @param bh takes each question, so that none is optimised away
   * @return how many were read
   * @throws IOException never, the bytes are in memory
   */
  static int questions(FormatProvider format, byte[] bytes, Blackhole bh) throws IOException {
    return questions(format, bytes, ReadOptions.defaults(), bh);
  }

  /**
   * Streams the questions of a document with chosen options, such as a number of threads.
   *
   * @param format the format
   * @param bytes the document
   * @param options how to read
   * @param bh takes each question, so that none is optimised away
   * @return how many were read
   * @throws IOException never, the bytes are in memory
   */
  static int questions(FormatProvider format, byte[] bytes, ReadOptions options, Blackhole bh) throws IOException {
    return questions(format, bytes, options, (Consumer<Question>) bh::consume);
  }

  /**
   * Streams the questions of a document to a consumer, such as a thread without a Blackhole.
   *
   * @param format the format
   * @param bytes the document
   * @param options how to read
   * @param each takes each question, so that none is optimised away
   * @return how many were read
   * @throws IOException never, the bytes are in memory
   */
  static int questions(FormatProvider format, byte[] bytes, ReadOptions options, Consumer<Question> each) throws IOException {
    int n = 0;
    try (QuestionStream stream = format.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(bytes), options)) {
      while (stream.hasNext()) {
        each.accept(stream.next());
        n++;
      }
    }
    return n;
  }
}
