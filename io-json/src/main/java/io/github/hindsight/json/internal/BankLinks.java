package io.github.hindsight.json.internal;

import io.github.hindsight.model.Problem;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The checks of a bank beyond its questions, which the readers have validated one by one. */
final class BankLinks {
  private static final Pattern QUESTION_TOPIC = Pattern.compile("questions\\[\\d+]\\.topic");

  private BankLinks() {}

  /** A repeated id: the item that repeats it and the item that had it first. */
  record Duplicate(boolean topic, int index, String id, boolean firstIsTopic, int first) {
    String message() {
      return "duplicate id '" + id + "'; ids are unique across the questions and topics of a bank, and "
          + (firstIsTopic ? "topic " : "question ") + first + " has it already";
    }
  }

  /** Ids used twice across questions and topics, which would stop the bank being built. */
  static List<Duplicate> duplicates(List<Question> questions, List<Topic> topics) {
    Map<String, int[]> seen = new HashMap<>();
    List<Duplicate> out = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      int[] first = seen.putIfAbsent(questions.get(i).id(), new int[] {0, i});
      if (first != null) {
        out.add(new Duplicate(false, i, questions.get(i).id(), first[0] == 1, first[1]));
      }
    }
    for (int i = 0; i < topics.size(); i++) {
      int[] first = seen.putIfAbsent(topics.get(i).id(), new int[] {1, i});
      if (first != null) {
        out.add(new Duplicate(true, i, topics.get(i).id(), first[0] == 1, first[1]));
      }
    }
    return out;
  }

  /** The errors of links between questions and topics. */
  static List<Problem> errors(QuestionBank bank) {
    List<Problem> out = new ArrayList<>();
    for (Problem p : bank.validate().errors()) {
      if (p.path().startsWith("topics[") || QUESTION_TOPIC.matcher(p.path()).matches()) {
        out.add(p);
      }
    }
    return out;
  }
}
