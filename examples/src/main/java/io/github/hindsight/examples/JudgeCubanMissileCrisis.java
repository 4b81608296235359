package io.github.hindsight.examples;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.judgement.Perspective;
import io.github.hindsight.judgement.TextReport;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;

/**
 * Judges "Who won the Cuban Missile Crisis?" twice: with hindsight, and as of November 1962,
 * before the secret Turkey deal came out. Then it weighs the question as the Kremlin, the White
 * House, contemporaries and later historians would. Each report ends with the sensitivity of
 * the result to each criterion's weight.
 */
public final class JudgeCubanMissileCrisis {
  private JudgeCubanMissileCrisis() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Question question = Samples.cubanMissileCrisis();
    Judge judge = Judge.standard();
    HistoricalDate endOfCrisis = HistoricalDate.ofMonth(1962, 11);

    Judgement withHindsight = judge.judge(question);
    Judgement thenAndThere = judge.judge(question, JudgementConfig.asOf(endOfCrisis));

    System.out.println("=== With hindsight ===");
    System.out.println(TextReport.render(withHindsight));
    System.out.println("=== As of " + endOfCrisis + " ===");
    System.out.println(TextReport.render(thenAndThere));
    System.out.println("=== Four perspectives ===");
    System.out.println(TextReport.render(judge.compare(question, JudgementConfig.hindsight(), Perspective.standardSet(endOfCrisis))));
  }
}
