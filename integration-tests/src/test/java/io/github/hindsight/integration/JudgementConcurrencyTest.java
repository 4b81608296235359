package io.github.hindsight.integration;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.judgement.TextReport;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** One judge shared by many threads gives every thread the judgement one thread gets. */
class JudgementConcurrencyTest {

  @Test
  void oneJudgeManyThreads() {
    Judge judge = Judge.standard();
    Question cuba = Samples.cubanMissileCrisis();
    List<Callable<Judgement>> tasks = new ArrayList<>();
    tasks.add(() -> judge.judge(cuba));
    tasks.add(() -> judge.judge(cuba, JudgementConfig.asOf(HistoricalDate.ofYear(1963))));
    tasks.add(() -> judge.judge(cuba, JudgementConfig.builder().putWeight("objectives", 3.0).build()));
    Concurrently.sameAsOneThread(tasks, 20);
  }

  @Test
  void reportsFromManyThreads() {
    Judge judge = Judge.standard();
    Question cuba = Samples.cubanMissileCrisis();
    Concurrently.sameAsOneThread(List.of(() -> TextReport.render(judge.judge(cuba))), 40);
  }
}
