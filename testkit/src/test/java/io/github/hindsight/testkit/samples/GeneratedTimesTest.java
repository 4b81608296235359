package io.github.hindsight.testkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The generated questions, which every round-trip property runs on, hold every form of date and a reading's earlier status. */
class GeneratedTimesTest {

  private static Stream<HistoricalDate> dates(Question q) {
    return Stream.of(q.evidence().stream().flatMap(e -> Stream.of(e.date(), e.knownFrom())),
            q.consequences().stream().map(Consequence::date), q.perceptions().stream().map(p -> p.date()),
            q.sources().stream().map(s -> s.date()))
        .flatMap(s -> s).flatMap(Optional::stream);
  }

  @Test
  void aHundredQuestionsHoldEveryFormOfDate() {
    Set<HistoricalDate.Precision> precisions = EnumSet.noneOf(HistoricalDate.Precision.class);
    Set<String> ranges = new HashSet<>();
    boolean decadeKnownFrom = false;
    boolean earlierReading = false;
    for (long seed = 0; seed < 100; seed++) {
      Question q = RandomQuestions.question(seed, 3);
      dates(q).forEach(d -> {
        if (d.isRange()) {
          ranges.add(d.start().isEmpty() ? "open start" : d.end().isEmpty() ? "open end" : "closed");
        } else {
          precisions.add(d.precision());
        }
      });
      decadeKnownFrom |= q.evidence().stream().map(Evidence::knownFrom).flatMap(Optional::stream)
          .anyMatch(d -> d.precision() == HistoricalDate.Precision.DECADE);
      earlierReading |= q.objectives().stream().map(Objective::outcome).flatMap(o -> o.readings().stream())
          .map(Reading::statusBeforeEvidence).anyMatch(Optional::isPresent);
    }
    assertThat(precisions).containsExactlyInAnyOrder(HistoricalDate.Precision.values());
    assertThat(ranges).containsExactlyInAnyOrderElementsOf(List.of("open start", "open end", "closed"));
    assertThat(decadeKnownFrom).isTrue();
    assertThat(earlierReading).isTrue();
  }
}
