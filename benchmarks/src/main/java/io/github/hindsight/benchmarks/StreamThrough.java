package io.github.hindsight.benchmarks;

import io.github.hindsight.Hindsight;
import io.github.hindsight.registry.Capability;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Streams one file into another, a question at a time, with the formats the facade chooses: what
 * {@code hindsight convert} does, with nothing of the command line's own loaded. The memory check runs it in a small
 * heap.
 */
public final class StreamThrough {
  private StreamThrough() {}

  /**
   * Converts a file.
   *
   * @param args the input file and the output file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("expected an input file and an output file but found " + args.length + " arguments");
    }
    Path from = Paths.get(args[0]);
    Path to = Paths.get(args[1]);
    Hindsight hindsight = Hindsight.standard();
    long n = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(from), 1 << 16);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(to), 1 << 16);
        QuestionStream questions = hindsight.detect(from).reader().orElseThrow().streamQuestions(in, ReadOptions.named(from.getFileName().toString()));
        QuestionSink sink = hindsight.registry().forFileName(to.getFileName().toString(), Capability.WRITE).orElseThrow().writer().orElseThrow().openSink(out)) {
      while (questions.hasNext()) {
        sink.write(questions.next());
        n++;
      }
    }
    System.out.println(n + " questions");
  }
}
