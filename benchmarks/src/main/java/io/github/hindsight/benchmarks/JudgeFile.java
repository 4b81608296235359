package io.github.hindsight.benchmarks;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.TextReport;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Reads a question and prints its judgement: what {@code hindsight judge} does, for the start-up
 * check when the command line is not on the class path.
 */
public final class JudgeFile {
  private JudgeFile() {}

  /**
   * Judges a file.
   *
   * @param args the question file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Paths.get(args[0]);
    Question q;
    try (InputStream in = Files.newInputStream(file)) {
      q = ByExtension.of(file).reader().orElseThrow().readQuestion(in, ReadOptions.named(file.getFileName().toString()));
    }
    System.out.println(TextReport.render(Judge.standard().judge(q)));
  }
}
