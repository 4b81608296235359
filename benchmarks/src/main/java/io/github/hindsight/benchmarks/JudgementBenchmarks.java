package io.github.hindsight.benchmarks;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Question;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Judging questions of growing size. Readings are chosen for every objective that depends on
 * one, so that each question has exactly one scenario: the number of scenarios grows by design
 * with the product of the readings, and that would hide whether the rest grows linearly.
 */
@State(Scope.Benchmark)
public class JudgementBenchmarks {
  /** The size given to the question generator. */
  @Param({"2", "8", "32", "128"})
  public int questionSize;

  private final Judge judge = Judge.standard();
  private Question question;
  private JudgementConfig config;

  /** Makes the question and its configuration. */
  @Setup
  public void setUp() {
    question = Corpus.sized(questionSize);
    config = singleScenario(question);
  }

  /**
   * A configuration that chooses the first reading of every objective that depends on one, and
   * judges by the five default criteria, one for each built-in measure, whatever criteria the
   * question has. The generated questions' own criteria differ from one size to the next (two
   * measures at one size, none at another, so that the defaults apply), and the time per element
   * would then follow the measures chosen rather than the size.
   *
   * @param question the question
   * @return the configuration
   */
  public static JudgementConfig singleScenario(Question question) {
    JudgementConfig.Builder config = JudgementConfig.builder();
    config.criteria(Judge.defaultCriteria());
    for (Objective o : question.objectives()) {
      if (o.outcome().status() == OutcomeStatus.DEPENDS_ON_READING) {
        config.putReading(o.id(), o.outcome().readings().get(0).id());
      }
    }
    return config.build();
  }

  /** @return the judgement, with its trace and the sensitivity of every verdict */
  @Benchmark
  public Judgement judge() {
    return judge.judge(question, config);
  }

  /**
   * The floor: one pass over everything a judgement reads, doing nearly nothing with it. No
   * judgement can cost less than looking at its question once.
   *
   * @return a value that depends on every part, so that nothing is optimised away
   */
  @Benchmark
  public long floorWalk() {
    long h = question.actors().size();
    for (Objective o : question.objectives()) {
      h = 31 * h + o.statement().length() + o.outcome().status().ordinal() + o.outcome().evidence().size();
      h = 31 * h + o.actors().hashCode() + o.outcome().readings().size();
    }
    for (Consequence c : question.consequences()) {
      h = 31 * h + c.effects().size() + c.evidence().size() + (c.balanceOfPower() ? 1 : 0);
    }
    for (Evidence e : question.evidence()) {
      h = 31 * h + e.id().length() + (e.knownFrom().isPresent() ? 1 : 0);
    }
    for (Perception p : question.perceptions()) {
      h = 31 * h + p.view().ordinal() + p.evidence().size();
    }
    for (Interpretation i : question.interpretations()) {
      h = 31 * h + i.favours().size() + i.supportingEvidence().size() + i.challengingEvidence().size();
    }
    return h;
  }
}
