package io.github.hindsight.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.judgement.Judgement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each benchmark runs once on every size it is given, so that a run of hours cannot fail on its first call. */
class JudgementBenchmarksTest {

  @ParameterizedTest
  @ValueSource(ints = {2, 8, 32, 128})
  void everySizeJudgesInOneScenario(int size) {
    JudgementBenchmarks b = new JudgementBenchmarks();
    b.questionSize = size;
    b.setUp();
    Judgement j = b.judge();
    assertThat(j.verdicts()).hasSize(1);
    assertThat(j.verdict().trace()).isNotEmpty();
    assertThat(b.floorWalk()).isNotZero();

    SensitivityBenchmarks s = new SensitivityBenchmarks();
    s.questionSize = size;
    s.setUp();
    assertThat(s.sensitivity()).isEqualTo(j.verdict().sensitivity());
  }
}
