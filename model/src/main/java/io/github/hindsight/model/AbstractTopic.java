package io.github.hindsight.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A topic of a course, such as the Cuban Missile Crisis in a Cold War unit, and what it links to. */
@Value.Immutable
abstract class AbstractTopic {
  /** @return the id, such as {@code cuban-missile-crisis} */
  public abstract String id();

  /** @return the title */
  public abstract String title();

  /** @return the period it covers, such as {@code 1962} or {@code 1945-1991}; empty if not given */
  public abstract Optional<String> period();

  /** @return the course or unit it belongs to, such as {@code The Cold War}; empty if not given */
  public abstract Optional<String> course();

  /** @return ids of related topics */
  public abstract List<String> relatedTopics();

  /** @return ids of related questions */
  public abstract List<String> relatedQuestions();

  @Value.Check
  void check() {
    Checks.optionalText("period", period());
    Checks.optionalText("course", course());
    Checks.id("id", id());
    Checks.notBlank("title", title());
    Checks.ids("relatedTopics", relatedTopics());
    Checks.ids("relatedQuestions", relatedQuestions());
  }
}
