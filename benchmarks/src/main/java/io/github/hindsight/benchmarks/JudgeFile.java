package io.github.hindsight.benchmarks;

import io.github.hindsight.Hindsight;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.TextReport;
import io.github.hindsight.model.Question;
import java.io.IOException;
import java.nio.file.Paths;

/**
 * Reads a question through the facade and prints its judgement: what {@code hindsight judge}
 * does, for the start-up check, with nothing of the command line's own loaded.
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
    Question q = Hindsight.standard().read(Paths.get(args[0]));
    System.out.println(TextReport.render(Judge.standard().judge(q)));
  }
}
