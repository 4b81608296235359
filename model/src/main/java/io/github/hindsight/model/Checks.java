package io.github.hindsight.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Construction checks shared by the model types, each throwing the problem of {@link Rules}
 * at the member it names, relative to the value being built.
 */
final class Checks {
  /**
   * The longest list of ids that is looked through in order rather than put in a hash set, for
   * repeats here and for references in {@link Validation}: below it, the set costs more than it saves.
   */
  static final int SCANNED = 8;

  private Checks() {}

  /**
   * The exception for a member of the value being built.
   *
   * @param member the member, such as {@code readings}
   * @param kind the kind of problem
   * @param message what was found and what was expected
   * @return the exception, to throw
   */
  static InvalidModelException problem(String member, ProblemKind kind, String message) {
    return new InvalidModelException(ModelPath.of(member), kind, message);
  }

  /**
   * The checks of a status before the evidence came out, shared by an outcome and a reading: it
   * needs the evidence whose coming out changed things, and must settle the outcome.
   */
  static void statusBeforeEvidence(Optional<OutcomeStatus> before, List<String> evidence) {
    if (before.isPresent()) {
      if (evidence.isEmpty()) {
        throw problem("statusBeforeEvidence", ProblemKind.MISSING, "a status before the evidence came out needs the evidence whose coming out changed the outcome");
      }
      if (before.get() == OutcomeStatus.DEPENDS_ON_READING) {
        throw problem("statusBeforeEvidence", ProblemKind.BAD_VALUE, "'depends-on-reading' is not allowed as the status before the evidence came out");
      }
    }
  }

  private static void refuse(ModelPath path, Optional<String> problem) {
    if (problem.isPresent()) {
      throw new InvalidModelException(path, ProblemKind.BAD_VALUE, problem.get());
    }
  }

  // The path of a member is made only for a problem: values that pass cost no path.

  private static void refuse(String member, Optional<String> problem) {
    if (problem.isPresent()) {
      refuse(ModelPath.of(member), problem);
    }
  }

  private static void refuse(String member, int index, Optional<String> problem) {
    if (problem.isPresent()) {
      refuse(ModelPath.of(member).index(index), problem);
    }
  }

  static void id(String member, String id) {
    refuse(member, Rules.idProblem(id));
  }

  static void ids(String member, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      refuse(member, i, Rules.idProblem(ids.get(i)));
    }
  }

  static void notBlank(String member, String text) {
    refuse(member, Rules.nonBlankTextProblem(text));
  }

  /** Refuses blank or broken text under a name within a member, such as an identifier's value under its scheme. */
  static void notBlank(String member, String field, String text) {
    Optional<String> problem = Rules.nonBlankTextProblem(text);
    if (problem.isPresent()) {
      refuse(ModelPath.of(member).field(field), problem);
    }
  }

  static void text(String member, String text) {
    refuse(member, Rules.textProblem(text));
  }

  /** Refuses a lone surrogate in text that may hold anything else, such as kept content. */
  static void wholeCharacters(String member, String text) {
    refuse(member, Rules.surrogateProblem(text));
  }

  static void texts(String member, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      refuse(member, i, Rules.nonBlankTextProblem(texts.get(i)));
    }
  }

  static void optionalText(String member, Optional<String> text) {
    if (text.isPresent()) {
      notBlank(member, text.get());
    }
  }

  /** Refuses a second use of an id, at the path of the item that uses it again. */
  static <T> void uniqueIds(String member, List<T> items, IdOf<T> id) {
    int again = repeatAt(items, id);
    if (again >= 0) {
      throw duplicate(ModelPath.of(member).index(again), id.of(items.get(again)));
    }
  }

  /** @return whether a string comes twice in the list */
  static boolean repeats(List<String> values) {
    return repeatAt(values, IdOf.ITSELF) >= 0;
  }

  /** @return the index of the first item whose id an item before it has, or -1 if there is none */
  static <T> int repeatAt(List<T> items, IdOf<T> id) {
    int n = items.size();
    if (n <= SCANNED) {
      // Every list of every value is checked as it is built, and most are short: comparing each
      // id with those before it costs less than filling a set.
      for (int i = 1; i < n; i++) {
        String key = id.of(items.get(i));
        for (int j = 0; j < i; j++) {
          if (key.equals(id.of(items.get(j)))) {
            return i;
          }
        }
      }
      return -1;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (!seen.add(id.of(items.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  /** @return the exception for a second use of an id, at the path of the item that uses it again */
  static InvalidModelException duplicate(ModelPath path, String id) {
    return new InvalidModelException(path, ProblemKind.DUPLICATE_ID, "duplicate id '" + Rules.excerpt(id) + "'");
  }

  static void nonNegative(String member, double value) {
    refuse(ModelPath.of(member), Rules.weightProblem(value));
  }
}
