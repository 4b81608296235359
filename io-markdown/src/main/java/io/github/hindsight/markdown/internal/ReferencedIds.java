package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.ExamMetadata;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.LabelledInterpretation;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The id that a cross-reference at a model path holds, such as the evidence id at
 * {@code objectives[3].outcome.evidence[1]}: what a validation problem about an unknown
 * reference points at, read from the question rather than from the problem's message.
 */
final class ReferencedIds {
  private ReferencedIds() {}

  /**
   * @param question the question validated
   * @param path the model path of a reference, as validation gives it
   * @return the id there, or empty if the path is not a reference of the question
   */
  static Optional<String> at(Question question, String path) {
    @Nullable Object here = question;
    for (String step : path.split("[.\\[\\]]+")) {
      here = step.chars().allMatch(Character::isDigit) ? element(here, Integer.parseInt(step)) : member(here, step);
      if (here == null) {
        return Optional.empty();
      }
    }
    return here instanceof String id ? Optional.of(id) : Optional.empty();
  }

  private static @Nullable Object element(Object list, int index) {
    return list instanceof List<?> l && index < l.size() ? l.get(index) : null;
  }

  // One branch for each reference that validation checks; any other step leads nowhere.
  private static @Nullable Object member(Object owner, String name) {
    if (owner instanceof Question q) {
      return switch (name) {
        case "objectives" -> q.objectives();
        case "consequences" -> q.consequences();
        case "evidence" -> q.evidence();
        case "perceptions" -> q.perceptions();
        case "interpretations" -> q.interpretations();
        case "exam" -> q.exam().orElse(null);
        default -> null;
      };
    }
    if (owner instanceof Objective o) {
      return name.equals("actors") ? o.actors() : name.equals("outcome") ? o.outcome() : null;
    }
    if (owner instanceof Outcome o) {
      return name.equals("evidence") ? o.evidence() : name.equals("readings") ? o.readings() : null;
    }
    if (owner instanceof Reading r) {
      return name.equals("evidence") ? r.evidence() : null;
    }
    if (owner instanceof Consequence c) {
      return name.equals("effects") ? c.effects() : name.equals("evidence") ? c.evidence() : null;
    }
    if (owner instanceof ActorEffect e) {
      return name.equals("actor") ? e.actor() : null;
    }
    if (owner instanceof Evidence e) {
      return name.equals("source") ? e.source().orElse(null) : null;
    }
    if (owner instanceof Perception p) {
      return name.equals("actor") ? p.actor() : name.equals("evidence") ? p.evidence() : null;
    }
    if (owner instanceof Interpretation in) {
      return switch (name) {
        case "favours" -> in.favours();
        case "supportingEvidence" -> in.supportingEvidence();
        case "challengingEvidence" -> in.challengingEvidence();
        default -> null;
      };
    }
    if (owner instanceof ExamMetadata e) {
      return name.equals("interpretations") ? e.interpretations() : null;
    }
    if (owner instanceof LabelledInterpretation li) {
      return name.equals("interpretation") ? li.interpretation() : null;
    }
    return null;
  }
}
