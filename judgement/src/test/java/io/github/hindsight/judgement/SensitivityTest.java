package io.github.hindsight.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Tipping points of the reference question, solved exactly and checked by judging again. */
class SensitivityTest {
  private static final Question QUESTION = Samples.cubanMissileCrisis();
  private final Judge judge = Judge.standard();

  @Test
  void raisingTheWeightOfObjectivesFarEnoughPutsTheSovietUnionAhead() {
    JudgementConfig bargaining = JudgementConfig.builder().putReading("missiles-near-usa", "bargaining-chip").build();
    Verdict v = judge.judge(QUESTION, bargaining).verdict();
    Sensitivity objectives = v.sensitivityTo("objectives");

    assertThat(objectives.isRobust()).isFalse();
    TippingPoint t = objectives.above().orElseThrow();
    assertThat(t.newLeader()).isEqualTo("ussr");
    assertThat(t.weight()).isGreaterThan(objectives.weight());

    Verdict justBelow = judge.judge(QUESTION, bargaining.withWeights(Map.of("objectives", t.weight() - 1e-6))).verdict();
    Verdict atTie = judge.judge(QUESTION, bargaining.withWeights(Map.of("objectives", t.weight()))).verdict();
    Verdict justAbove = judge.judge(QUESTION, bargaining.withWeights(Map.of("objectives", t.weight() + 1e-6))).verdict();
    assertThat(justBelow.leader()).isEqualTo("usa");
    assertThat(atTie.total("usa")).isCloseTo(atTie.total("ussr"), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(justAbove.leader()).isEqualTo("ussr");
  }

  @Test
  void aCriterionOnWhichTheLeaderLeadsAnywayIsRobust() {
    Verdict v = judge.judge(QUESTION).verdict();
    assertThat(v.sensitivityTo("perception").isRobust()).isTrue();
    assertThat(v.sensitivityTo("perception").weight()).isEqualTo(1.0);
  }

  @Property(tries = 60)
  void everyTippingPointFlipsTheLeaderUnderAnyWeights(
      @ForAll @DoubleRange(min = 0, max = 4) double objectives,
      @ForAll @DoubleRange(min = 0, max = 4) double consequences,
      @ForAll @DoubleRange(min = 0.01, max = 4) double perception,
      @ForAll @DoubleRange(min = 0, max = 4) double balance) {
    JudgementConfig config = JudgementConfig.builder().putReading("missiles-near-usa", "bargaining-chip")
        .putWeight("objectives", objectives).putWeight("consequences", consequences)
        .putWeight("perception", perception).putWeight("balance-of-power", balance).build();
    Verdict v = judge.judge(QUESTION, config).verdict();
    for (Sensitivity s : v.sensitivity()) {
      s.above().ifPresent(t -> assertThat(leader(config, s.criterion(), t.weight() * (1 + 1e-7) + 1e-7)).isEqualTo(t.newLeader()));
      s.below().ifPresent(t -> assertThat(leader(config, s.criterion(), t.weight() * (1 - 1e-7))).isEqualTo(t.newLeader()));
      s.above().ifPresent(t -> assertThat(leader(config, s.criterion(), t.weight() * (1 - 1e-7))).isEqualTo(v.leader()));
    }
  }

  private String leader(JudgementConfig config, String criterion, double weight) {
    java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>(config.weights());
    weights.put(criterion, weight);
    return judge.judge(QUESTION, config.withWeights(weights)).verdict().leader();
  }
}
