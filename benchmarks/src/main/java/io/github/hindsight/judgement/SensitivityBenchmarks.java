package io.github.hindsight.judgement;

import io.github.hindsight.benchmarks.Corpus;
import io.github.hindsight.benchmarks.JudgementBenchmarks;
import io.github.hindsight.model.Actor;
import io.github.hindsight.model.Question;
import java.util.List;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The sensitivity analysis alone. The engine computes it inside every judgement, so the public
 * API cannot time it apart; this benchmark sits in the engine's package (possible on the class
 * path, where benchmarks run) to call it on the scores of a real verdict.
 */
@State(Scope.Benchmark)
public class SensitivityBenchmarks {
  /** The size given to the question generator; the same sizes as the judgement benchmarks. */
  @Param({"2", "8", "32", "128"})
  public int questionSize;

  private List<io.github.hindsight.model.Criterion> criteria;
  private List<String> actors;
  private double[][] scores;
  private int leader;

  /** Judges the question once and keeps the score matrix of its verdict. */
  @Setup
  public void setUp() {
    Question question = Corpus.sized(questionSize);
    Verdict verdict = Judge.standard().judge(question, JudgementBenchmarks.singleScenario(question)).verdict();
    criteria = verdict.criteria();
    actors = question.actors().stream().map(Actor::id).collect(Collectors.toList());
    scores = new double[actors.size()][criteria.size()];
    for (int a = 0; a < actors.size(); a++) {
      for (int c = 0; c < criteria.size(); c++) {
        scores[a][c] = verdict.score(actors.get(a), criteria.get(c).id()).value();
      }
    }
    leader = actors.indexOf(verdict.leader());
  }

  /** @return the tipping points of every criterion */
  @Benchmark
  public Object sensitivity() {
    return Sensitivities.of(criteria, actors, scores, leader);
  }
}
