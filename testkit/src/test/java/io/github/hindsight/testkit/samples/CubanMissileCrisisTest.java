package io.github.hindsight.testkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import org.junit.jupiter.api.Test;

/** The reference question holds every point of a balanced answer. */
class CubanMissileCrisisTest {
  private final Question q = Samples.cubanMissileCrisis();

  @Test
  void hasTheAimsOfEachSide() {
    assertThat(q.objectivesOf("ussr")).filteredOn(o -> !o.isShared()).hasSize(5);
    assertThat(q.objectivesOf("usa")).filteredOn(o -> !o.isShared()).hasSize(3);
    assertThat(q.objectives()).filteredOn(Objective::isShared).extracting(Objective::id).containsExactly("safer-homeland");
    assertThat(q.objectivesOf("cuba")).extracting(Objective::id).contains("guantanamo-addressed");
  }

  @Test
  void theMissilesInCubaDependOnTheReading() {
    Objective missiles = q.objective("missiles-near-usa").orElseThrow();
    assertThat(missiles.outcome().status()).isEqualTo(OutcomeStatus.DEPENDS_ON_READING);
    assertThat(missiles.outcome().reading("permanent-base").orElseThrow().status()).isEqualTo(OutcomeStatus.NOT_ACHIEVED);
    assertThat(missiles.outcome().reading("bargaining-chip").orElseThrow().status()).isEqualTo(OutcomeStatus.ACHIEVED);
  }

  @Test
  void theTurkeyDealWasUnknownInNovember1962() {
    HistoricalDate november1962 = HistoricalDate.parse("1962-11");
    assertThat(q.evidenceKnownBy(november1962)).extracting(e -> e.id())
        .doesNotContain("turkey-deal", "khrushchev-removed")
        .contains("no-invasion-pledge", "kennedy-broadcast");
    assertThat(q.evidence("turkey-deal").orElseThrow().isKnownBy(HistoricalDate.parse("1990"))).isTrue();
  }

  @Test
  void followsTheConsequencesIntoTheYearsAfter() {
    assertThat(q.consequences()).extracting(c -> c.id())
        .contains("hotline", "arms-control-talks", "khrushchev-falls", "sino-soviet-rift", "castro-estranged", "balance-unchanged");
    assertThat(q.consequencesFor("ussr")).hasSizeGreaterThan(3);
  }

  @Test
  void summarisesItselfOnOneLine() {
    assertThat(q.toString()).isEqualTo("Question[cuban-missile-crisis-who-won: \"Who won the Cuban Missile Crisis?\"; "
        + "3 actors, 11 objectives, 7 consequences, 10 evidence, 4 perceptions, 3 interpretations, 5 criteria]");
    assertThat(Samples.coldWarBank()).hasToString("QuestionBank[1 question, 1 topic]");
  }
}
