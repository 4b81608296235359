package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.model.Rules;
import java.util.List;
import java.util.Optional;

/**
 * The checks of a question's own fields, run as soon as each field is read, with the model's own
 * {@link Rules}, so that a problem is reported at the field even when the question as a whole
 * cannot be built.
 */
final class FieldChecks {
  private FieldChecks() {}

  static void id(Located located, String id) {
    report(located, "id", "question", Rules.idProblem(id));
  }

  static void prompt(Located located, String prompt) {
    report(located, "prompt", "question", Rules.nonBlankTextProblem(prompt));
  }

  /** The kind with its label, which a question of kind 'other' needs and no other may have. */
  static void kind(Located located, QuestionKind kind, Optional<String> label) {
    report(located, "kindLabel", "question", Rules.kindLabelProblem(kind, label));
  }

  static void topic(Located located, String topic) {
    report(located, "topic", "question", Rules.idProblem(topic));
  }

  static void tags(Located located, List<String> tags) {
    for (int i = 0; i < tags.size(); i++) {
      report(located, "tags[" + i + "]", "question", Rules.idProblem(tags.get(i)));
    }
  }

  static void guidance(Located located, List<String> guidance) {
    for (int i = 0; i < guidance.size(); i++) {
      report(located, "guidance[" + i + "]", "guidance", Rules.nonBlankTextProblem(guidance.get(i)));
    }
  }

  private static void report(Located located, String path, String what, Optional<String> problem) {
    if (problem.isPresent()) {
      located.problem(located.locate(path), what + ": " + problem.get());
    }
  }
}
