package io.github.hindsight.gift.internal;

import java.util.List;

/**
 * One multiple-choice question of a quiz, before it is written in GIFT.
 *
 * @param title the stable title, {@code question-id/item-id/...}
 * @param stem what is asked, as plain text
 * @param right the right answer
 * @param wrong the wrong answers, none equal to the right one or to each other
 */
record QuizItem(String title, String stem, String right, List<String> wrong) {
  QuizItem {
    wrong = List.copyOf(wrong);
  }
}
