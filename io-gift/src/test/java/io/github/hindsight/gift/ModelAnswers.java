package io.github.hindsight.gift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Reading;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the questions the real parser read from a quiz against the model they were written from:
 * each title names an item of a question, the answer marked right is what the model says, and
 * the wrong ones are what the model says is wrong.
 */
final class ModelAnswers {
  private static final Set<String> OUTCOME_WORDS = Arrays.stream(OutcomeStatus.values())
      .filter(s -> s != OutcomeStatus.DEPENDS_ON_READING).map(OutcomeStatus::word).collect(Collectors.toSet());

  private ModelAnswers() {}

  static void check(List<GiftParser.Parsed> all, List<Question> questions) {
    Map<String, Question> byId = questions.stream().collect(Collectors.toMap(Question::id, q -> q, (a, b) -> a));
    assertThat(all).filteredOn(q -> q.type().equals("Category")).extracting(GiftParser.Parsed::title)
        .as("the categories: one for the quiz, then one for each question").isEqualTo(categories(questions));
    List<GiftParser.Parsed> parsed = all.stream().filter(q -> !q.type().equals("Category")).toList();
    assertThat(parsed).extracting(GiftParser.Parsed::title).doesNotHaveDuplicates();
    int outcomes = 0;
    int sides = 0;
    int authors = 0;
    for (GiftParser.Parsed q : parsed) {
      assertThat(q.type()).as(q.title()).isEqualTo("MC");
      assertThat(q.format()).as(q.title()).isEqualTo("plain");
      assertThat(q.choices()).as(q.title()).filteredOn(GiftParser.Choice::correct).hasSize(1);
      assertThat(q.choices()).as(q.title()).hasSizeGreaterThan(1).extracting(GiftParser.Choice::text).doesNotHaveDuplicates();
      String[] parts = q.title().split("/");
      Question question = byId.get(parts[0]);
      assertThat(question).as("the question of %s", q.title()).isNotNull();
      if (parts.length == 2) {
        Objective o = objective(question, parts[1]);
        assertThat(o.outcome().status()).isNotEqualTo(OutcomeStatus.DEPENDS_ON_READING);
        answers(q, o.outcome().status().word(), OUTCOME_WORDS);
        assertThat(q.stem()).contains(withoutFullStop(o.statement()));
        outcomes++;
      } else if (parts.length == 4 && parts[2].equals("reading")) {
        Reading r = objective(question, parts[1]).outcome().readings().stream()
            .filter(x -> x.id().equals(parts[3])).findFirst().orElseThrow();
        answers(q, r.status().word(), OUTCOME_WORDS);
        assertThat(q.stem()).contains(r.intent());
        outcomes++;
      } else if (parts.length == 3 && parts[2].equals("held-by")) {
        Objective o = objective(question, parts[1]);
        Set<String> others = question.actors().stream().filter(a -> !o.actors().contains(a.id())).map(Actor::name)
            .collect(Collectors.toSet());
        String right = right(q);
        o.actors().forEach(id -> assertThat(right).as(q.title()).contains(name(question, id)));
        others.remove(right);
        assertThat(wrong(q)).as(q.title()).isEqualTo(others);
        sides++;
      } else if (parts.length == 4 && parts[2].equals("came-before")) {
        Dated earlier = dated(question, parts[1]);
        Dated later = dated(question, parts[3]);
        assertThat(earlier.date().endsBefore(later.date())).as(q.title()).isTrue();
        assertThat(right(q)).isEqualTo(earlier.statement());
        assertThat(wrong(q)).containsExactly(later.statement());
      } else if (parts.length == 3 && parts[2].equals("author")) {
        Interpretation i = question.interpretations().stream().filter(x -> x.id().equals(parts[1])).findFirst().orElseThrow();
        Set<String> others = otherAuthors(question, i);
        answers(q, i.provenance().author().orElseThrow(), others);
        authors++;
      } else {
        throw new AssertionError("a title the export does not write: " + q.title());
      }
    }
    assertThat(outcomes).as("questions on what became of an aim").isEqualTo(questions.stream()
        .flatMap(q -> q.objectives().stream()).mapToInt(o -> Math.max(1, o.outcome().readings().size())).sum());
    assertThat(sides).as("questions on which side held an aim").isEqualTo(questions.stream().mapToLong(q -> q.objectives().stream()
        .filter(o -> q.actors().stream().anyMatch(a -> !o.actors().contains(a.id()) && !a.name().equals(holder(q, o)))).count()).sum());
    assertThat(authors).as("questions on who wrote an interpretation").isEqualTo(questions.stream().mapToLong(q -> q.interpretations()
        .stream().filter(i -> i.provenance().author().isPresent() && !otherAuthors(q, i).isEmpty()).count()).sum());
  }

  private static List<String> categories(List<Question> questions) {
    List<String> names = new java.util.ArrayList<>(List.of("hindsight"));
    questions.forEach(q -> names.add("hindsight/" + q.id()));
    return names;
  }

  /** The right answer is {@code right}; the wrong ones are every candidate but it. */
  private static void answers(GiftParser.Parsed q, String right, Set<String> candidates) {
    assertThat(right(q)).as(q.title()).isEqualTo(right);
    Set<String> wrong = new HashSet<>(candidates);
    wrong.remove(right);
    assertThat(wrong(q)).as(q.title()).isEqualTo(wrong);
  }

  private static String right(GiftParser.Parsed q) {
    return q.choices().stream().filter(GiftParser.Choice::correct).findFirst().orElseThrow().text();
  }

  private static Set<String> wrong(GiftParser.Parsed q) {
    return q.choices().stream().filter(c -> !c.correct()).map(GiftParser.Choice::text).collect(Collectors.toSet());
  }

  private static Set<String> otherAuthors(Question question, Interpretation i) {
    Set<String> others = question.interpretations().stream().filter(x -> x != i).map(x -> x.provenance().author())
        .flatMap(Optional::stream).collect(Collectors.toSet());
    i.provenance().author().ifPresent(others::remove);
    return others;
  }

  private static Objective objective(Question question, String id) {
    return question.objectives().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  private static String name(Question question, String actorId) {
    return question.actors().stream().filter(a -> a.id().equals(actorId)).map(Actor::name).findFirst().orElseThrow();
  }

  /** The one holder's name, or null for a shared aim, whose answer names several. */
  private static String holder(Question question, Objective o) {
    return o.actors().size() == 1 ? name(question, o.actors().get(0)) : null;
  }

  private static String withoutFullStop(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private record Dated(String statement, HistoricalDate date) {}

  private static Dated dated(Question question, String id) {
    Function<Optional<HistoricalDate>, HistoricalDate> date = Optional::orElseThrow;
    Optional<Consequence> c = question.consequences().stream().filter(x -> x.id().equals(id)).findFirst();
    if (c.isPresent() && c.get().date().isPresent()) {
      return new Dated(c.get().statement(), date.apply(c.get().date()));
    }
    Evidence e = question.evidence().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return new Dated(e.statement(), date.apply(e.date()));
  }
}
