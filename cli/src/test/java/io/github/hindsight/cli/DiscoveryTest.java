package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.spi.FormatProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
  private static List<String> ids(Hindsight hindsight) {
    return hindsight.formats().stream().map(FormatProvider::id).toList();
  }

  @Test
  void anEarlyStartFindsWhatAFacadeBuiltNowFinds() {
    Discovery.startEarly(true);
    Hindsight early = Discovery.hindsight();
    Judge judge = Discovery.judge();

    Hindsight now = Hindsight.standard();
    assertThat(ids(early)).isNotEmpty().isEqualTo(ids(now));
    assertThat(early.problems()).isEqualTo(now.problems());
    assertThat(judge.customMeasures()).isEqualTo(Judge.standard().customMeasures());
    assertThat(judge.problems()).isEqualTo(Judge.standard().problems());
  }

  @Test
  void whatWasFoundEarlyIsTakenOnceAndLaterAsksFindAnew() {
    Discovery.startEarly(true);
    Hindsight first = Discovery.hindsight();
    Hindsight second = Discovery.hindsight();
    Judge firstJudge = Discovery.judge();
    Judge secondJudge = Discovery.judge();

    assertThat(second).isNotSameAs(first);
    assertThat(ids(second)).isEqualTo(ids(first));
    assertThat(secondJudge).isNotSameAs(firstJudge);
  }

  @Test
  void aStartWithoutTheCriteriaLeavesTheJudgeToBeFoundWhenAsked() {
    Discovery.startEarly(false);
    Hindsight early = Discovery.hindsight();
    Judge judge = Discovery.judge();
    assertThat(ids(early)).isEqualTo(ids(Hindsight.standard()));
    assertThat(judge.customMeasures()).isEqualTo(Judge.standard().customMeasures());
  }

  @Test
  void withoutAnEarlyStartEachAskFindsTheFormatsNow() {
    Hindsight one = Discovery.hindsight();
    Hindsight two = Discovery.hindsight();
    assertThat(two).isNotSameAs(one);
    assertThat(ids(one)).isEqualTo(ids(Hindsight.standard()));
  }
}
