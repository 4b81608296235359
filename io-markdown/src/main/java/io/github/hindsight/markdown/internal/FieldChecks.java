package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionKind;
import java.util.List;
import java.util.Optional;

/**
 * The checks of a question's own fields, run as soon as each field is read so that a problem is
 * reported at the field even when the question as a whole cannot be built.
 *
 * <p>The model makes these checks only while it builds a question, so each one here builds a
 * throwaway question around the one field. This class waits for the model's construction checks
 * to become public: each method then calls the check itself, and the stand-in values go.
 */
final class FieldChecks {
  private FieldChecks() {}

  private static Question.Builder standIn() {
    return Question.builder().id("q").prompt("?");
  }

  static void id(Located located, String id) {
    located.build("", "question", () -> Question.builder().id(id).prompt("?").build());
  }

  static void prompt(Located located, String prompt) {
    located.build("", "question", () -> Question.builder().id("q").prompt(prompt).build());
  }

  /** The kind with its label, which a question of kind 'other' needs and no other may have. */
  static void kind(Located located, QuestionKind kind, Optional<String> label) {
    located.build("", "question", () -> standIn().kind(kind).kindLabel(label).build());
  }

  static void topic(Located located, String topic) {
    located.build("", "question", () -> standIn().topic(topic).build());
  }

  static void tags(Located located, List<String> tags) {
    located.build("", "question", () -> standIn().tags(tags).build());
  }

  static void guidance(Located located, List<String> guidance) {
    located.build("", "guidance", () -> standIn().guidance(guidance).build());
  }
}
