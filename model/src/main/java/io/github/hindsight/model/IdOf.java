package io.github.hindsight.model;

import java.util.List;
import java.util.Optional;

/**
 * How the items of one kind of list name themselves, for the checks and look-ups that work on
 * any list of items with ids: an actor by its id, an effect by its actor, a labelled
 * interpretation by its label. One instance a kind, shared.
 *
 * @param <T> the type of the items
 */
abstract class IdOf<T> {
  static final IdOf<Actor> ACTOR = new IdOf<>() {
    @Override
    String of(Actor item) {
      return item.id();
    }
  };

  static final IdOf<Objective> OBJECTIVE = new IdOf<>() {
    @Override
    String of(Objective item) {
      return item.id();
    }
  };

  static final IdOf<Consequence> CONSEQUENCE = new IdOf<>() {
    @Override
    String of(Consequence item) {
      return item.id();
    }
  };

  static final IdOf<Evidence> EVIDENCE = new IdOf<>() {
    @Override
    String of(Evidence item) {
      return item.id();
    }
  };

  static final IdOf<Perception> PERCEPTION = new IdOf<>() {
    @Override
    String of(Perception item) {
      return item.id();
    }
  };

  static final IdOf<Source> SOURCE = new IdOf<>() {
    @Override
    String of(Source item) {
      return item.id();
    }
  };

  static final IdOf<Interpretation> INTERPRETATION = new IdOf<>() {
    @Override
    String of(Interpretation item) {
      return item.id();
    }
  };

  static final IdOf<Criterion> CRITERION = new IdOf<>() {
    @Override
    String of(Criterion item) {
      return item.id();
    }
  };

  static final IdOf<Reading> READING = new IdOf<>() {
    @Override
    String of(Reading item) {
      return item.id();
    }
  };

  /** An effect is named by the actor it bears on: a consequence has one effect an actor. */
  static final IdOf<ActorEffect> EFFECT = new IdOf<>() {
    @Override
    String of(ActorEffect item) {
      return item.actor();
    }
  };

  /** A labelled interpretation is named by its label, such as {@code Interpretation A}. */
  static final IdOf<LabelledInterpretation> LABELLED = new IdOf<>() {
    @Override
    String of(LabelledInterpretation item) {
      return item.label();
    }
  };

  static final IdOf<Question> QUESTION = new IdOf<>() {
    @Override
    String of(Question item) {
      return item.id();
    }
  };

  static final IdOf<Topic> TOPIC = new IdOf<>() {
    @Override
    String of(Topic item) {
      return item.id();
    }
  };

  /** A list of strings, such as the actors of an objective, whose strings are their own ids. */
  static final IdOf<String> ITSELF = new IdOf<>() {
    @Override
    String of(String item) {
      return item;
    }
  };

  /** @return the id of an item */
  abstract String of(T item);

  /** @return the first item with an id, or empty if the list has none with it */
  final Optional<T> find(List<T> items, String id) {
    for (T item : items) {
      if (of(item).equals(id)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }
}
