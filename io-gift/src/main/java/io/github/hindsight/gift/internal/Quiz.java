package io.github.hindsight.gift.internal;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The quiz made from one question, in a fixed order: for each objective what became of it (or, when
 * that depends on the reading of intent, what became of it under each reading) and which side held
 * it; then which came first, for dated consequences and evidence; then who wrote each
 * interpretation. A question with no right answer among two or more choices is left out.
 */
final class Quiz {
  private static final List<String> OUTCOMES = Arrays.stream(OutcomeStatus.values())
      .filter(s -> s != OutcomeStatus.DEPENDS_ON_READING).map(OutcomeStatus::word).toList();

  private Quiz() {}

  /**
   * @param question a valid question
   * @return its quiz questions, in order
   */
  static List<QuizItem> of(Question question) {
    Map<String, String> names = question.actors().stream().collect(Collectors.toMap(Actor::id, Actor::name));
    List<QuizItem> items = new ArrayList<>();
    for (Objective objective : question.objectives()) {
      items.addAll(outcomes(question.id(), objective, names));
      side(question, objective, names).ifPresent(items::add);
    }
    items.addAll(order(question));
    for (Interpretation interpretation : question.interpretations()) {
      author(question, interpretation).ifPresent(items::add);
    }
    return items;
  }

  private static List<QuizItem> outcomes(String questionId, Objective objective, Map<String, String> names) {
    String aim = "What became of this aim of " + holders(objective, names) + ": " + objective.statement();
    if (objective.outcome().status() != OutcomeStatus.DEPENDS_ON_READING) {
      return List.of(choice(questionId + "/" + objective.id(), asked(aim),
          objective.outcome().status().word(), OUTCOMES));
    }
    List<QuizItem> items = new ArrayList<>();
    for (Reading reading : objective.outcome().readings()) {
      items.add(choice(questionId + "/" + objective.id() + "/reading/" + reading.id(),
          asked(aim) + " Read this way: " + reading.intent(), reading.status().word(), OUTCOMES));
    }
    return items;
  }

  private static Optional<QuizItem> side(Question question, Objective objective, Map<String, String> names) {
    List<String> others = question.actors().stream().filter(a -> !objective.actors().contains(a.id())).map(Actor::name).toList();
    return optional(choice(question.id() + "/" + objective.id() + "/held-by",
        asked("Which side held this aim: " + objective.statement()), holders(objective, names), others));
  }

  /** Dated consequences and evidence in date order, each asked against the next that it ends before. */
  private static List<QuizItem> order(Question question) {
    List<Dated> dated = new ArrayList<>();
    for (Consequence c : question.consequences()) {
      c.date().ifPresent(d -> dated.add(new Dated(c.id(), c.statement(), d)));
    }
    for (Evidence e : question.evidence()) {
      e.date().ifPresent(d -> dated.add(new Dated(e.id(), e.statement(), d)));
    }
    dated.removeIf(d -> d.date().isCirca());
    dated.sort(Comparator.comparing(Dated::date));
    List<QuizItem> items = new ArrayList<>();
    for (int i = 0; i + 1 < dated.size(); i++) {
      Dated earlier = dated.get(i);
      Dated later = dated.get(i + 1);
      if (earlier.date().endsBefore(later.date())) {
        optional(choice(question.id() + "/" + earlier.id() + "/came-before/" + later.id(), "Which came first?",
            earlier.statement(), List.of(later.statement()))).ifPresent(items::add);
      }
    }
    return items;
  }

  private static Optional<QuizItem> author(Question question, Interpretation interpretation) {
    Function<Interpretation, Optional<String>> author = i -> i.provenance().author();
    return author.apply(interpretation).flatMap(name -> {
      List<String> others = question.interpretations().stream().filter(i -> i != interpretation)
          .map(author).flatMap(Optional::stream).toList();
      return optional(choice(question.id() + "/" + interpretation.id() + "/author",
          asked("Who wrote this interpretation: " + interpretation.claim()), name, others));
    });
  }

  /** A question with its wrong answers: the candidates, each once, without the right one. */
  private static QuizItem choice(String title, String stem, String right, List<String> candidates) {
    Set<String> wrong = new LinkedHashSet<>(candidates);
    wrong.remove(right);
    return new QuizItem(title, stem, right, List.copyOf(wrong));
  }

  /** Only a question with at least one wrong answer is a choice. */
  private static Optional<QuizItem> optional(QuizItem item) {
    return item.wrong().isEmpty() ? Optional.empty() : Optional.of(item);
  }

  private static String holders(Objective objective, Map<String, String> names) {
    List<String> holders = objective.actors().stream().map(id -> names.getOrDefault(id, id)).toList();
    int last = holders.size() - 1;
    return last == 0 ? holders.get(0) : String.join(", ", holders.subList(0, last)) + " and " + holders.get(last);
  }

  /** A question mark after the text, instead of its closing full stop. */
  private static String asked(String text) {
    String bare = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return bare.endsWith("?") ? bare : bare + "?";
  }

  private record Dated(String id, String statement, HistoricalDate date) {}
}
