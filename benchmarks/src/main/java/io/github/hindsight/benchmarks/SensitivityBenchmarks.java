package io.github.hindsight.benchmarks;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.Sensitivity;
import io.github.hindsight.judgement.Verdict;
import io.github.hindsight.model.Question;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The sensitivity analysis alone: {@link Judge#sensitivity(Verdict)} works out the tipping points
 * of a real verdict again from its scores, which is the work the engine does for it inside every
 * judgement.
 */
@State(Scope.Benchmark)
public class SensitivityBenchmarks {
  /** The size given to the question generator; the same sizes as the judgement benchmarks. */
  @Param({"2", "8", "32", "128"})
  public int questionSize;

  private Verdict verdict;

  /** Judges the question once and keeps its verdict. */
  @Setup
  public void setUp() {
    Question question = Corpus.sized(questionSize);
    verdict = Judge.standard().judge(question, JudgementBenchmarks.singleScenario(question)).verdict();
  }

  /** @return the tipping points of every criterion */
  @Benchmark
  public List<Sensitivity> sensitivity() {
    return Judge.sensitivity(verdict);
  }
}
