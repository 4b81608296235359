package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Question;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDiffTest {
  private final Question cuba = SampleBank.bank().questions().get(0);

  @Test
  void equalValuesHaveNoDifference() {
    assertThat(ModelDiff.differences(cuba, cuba.withId(cuba.id()))).isEmpty();
  }

  @Test
  void namesThePathOfANestedDifference() {
    List<Objective> objectives = new ArrayList<>(cuba.objectives());
    Objective second = objectives.get(1);
    objectives.set(1, second.withOutcome(second.outcome().withRationale("Something else.")));
    assertThat(ModelDiff.differences(cuba.withObjectives(objectives), cuba))
        .singleElement().asString().startsWith("objectives[1].outcome.rationale: was ");
  }

  @Test
  void stopsAtTheLimit() {
    List<Objective> objectives = new ArrayList<>();
    cuba.objectives().forEach(o -> objectives.add(o.withStatement(o.statement() + " (changed)")));
    assertThat(objectives).hasSizeGreaterThan(ModelDiff.LIMIT);
    assertThat(ModelDiff.differences(cuba.withObjectives(objectives), cuba)).hasSize(ModelDiff.LIMIT);
  }

  @Test
  void namesAListThatIsShorter() {
    assertThat(ModelDiff.differences(cuba.withObjectives(cuba.objectives().subList(0, 1)), cuba))
        .containsExactly("objectives: 1 elements, expected " + cuba.objectives().size());
  }
}
