package io.github.hindsight.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the model says a timeline shows, to hold TimelineJS's rendering against. */
final class ModelEvents {
  private ModelEvents() {}

  /**
   * @param questions the questions of a document
   * @return the headline of every event it should have, sorted: each dated consequence and piece
   *     of evidence, and each secret's coming out
   */
  static List<String> headlines(List<Question> questions) {
    List<String> headlines = new ArrayList<>();
    for (Question q : questions) {
      q.consequences().stream().filter(c -> c.date().isPresent()).forEach(c -> headlines.add(c.statement()));
      for (Evidence e : q.evidence()) {
        e.date().ifPresent(d -> headlines.add(e.statement()));
        e.knownFrom().filter(k -> !Optional.of(k).equals(e.date())).ifPresent(k -> headlines.add("Made public: " + e.statement()));
      }
    }
    return headlines.stream().sorted().toList();
  }

  /**
   * Checks that TimelineJS rendered a document without an error, with the title slide and one
   * slide per event of the model, under the model's headlines.
   *
   * @param rendered what TimelineJS made of it
   * @param questions the questions it was written from
   */
  static void check(TimelineBrowser.Rendered rendered, List<Question> questions) {
    List<String> expected = headlines(questions);
    if (expected.isEmpty()) {
      // With nothing dated there is no event, and TimelineJS says so; nothing else goes wrong.
      assertThat(rendered.errors()).as("what TimelineJS reported").isNotEmpty()
          .allSatisfy(e -> assertThat(e).contains("no events"));
      return;
    }
    assertThat(rendered.errors()).as("errors in the page").isEmpty();
    assertThat(rendered.slides()).as("slides: the title and one per event").isEqualTo(expected.size() + 1);
    String title = questions.size() == 1 ? questions.get(0).prompt() : questions.size() + " questions";
    assertThat(rendered.headlines()).as("headlines").hasSize(expected.size() + 1).first().isEqualTo(title);
    assertThat(rendered.headlines().subList(1, rendered.headlines().size()).stream().sorted().toList())
        .as("headlines of the events").isEqualTo(expected);
  }
}
