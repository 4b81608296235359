package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.ActorKind;
import io.github.hindsight.model.ActorRole;
import io.github.hindsight.model.Basis;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Horizon;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Period;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.model.Stance;

/**
 * A set of the model's words, such as the outcomes, read by the model's own {@code fromWord}, whose
 * message names the words it expects.
 *
 * @param <E> the words' type
 */
abstract class WordSet<E> {
  static final WordSet<ActorKind> ACTOR_KINDS = new WordSet<>() {
    @Override
    ActorKind fromWord(String word) {
      return ActorKind.fromWord(word);
    }
  };
  static final WordSet<ActorRole> ACTOR_ROLES = new WordSet<>() {
    @Override
    ActorRole fromWord(String word) {
      return ActorRole.fromWord(word);
    }
  };
  static final WordSet<Basis> BASES = new WordSet<>() {
    @Override
    Basis fromWord(String word) {
      return Basis.fromWord(word);
    }
  };
  static final WordSet<Effect> EFFECTS = new WordSet<>() {
    @Override
    Effect fromWord(String word) {
      return Effect.fromWord(word);
    }
  };
  static final WordSet<Horizon> HORIZONS = new WordSet<>() {
    @Override
    Horizon fromWord(String word) {
      return Horizon.fromWord(word);
    }
  };
  static final WordSet<Importance> IMPORTANCES = new WordSet<>() {
    @Override
    Importance fromWord(String word) {
      return Importance.fromWord(word);
    }
  };
  static final WordSet<Measure> MEASURES = new WordSet<>() {
    @Override
    Measure fromWord(String word) {
      return Measure.fromWord(word);
    }
  };
  static final WordSet<OutcomeStatus> OUTCOMES = new WordSet<>() {
    @Override
    OutcomeStatus fromWord(String word) {
      return OutcomeStatus.fromWord(word);
    }
  };
  static final WordSet<Period> PERIODS = new WordSet<>() {
    @Override
    Period fromWord(String word) {
      return Period.fromWord(word);
    }
  };
  static final WordSet<QuestionKind> QUESTION_KINDS = new WordSet<>() {
    @Override
    QuestionKind fromWord(String word) {
      return QuestionKind.fromWord(word);
    }
  };
  static final WordSet<Stance> STANCES = new WordSet<>() {
    @Override
    Stance fromWord(String word) {
      return Stance.fromWord(word);
    }
  };

  /**
   * @param word the word, as the model spells it
   * @return its value
   * @throws IllegalArgumentException if the word is not one of the set
   */
  abstract E fromWord(String word);
}
