package io.github.hindsight.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/** Questions and the topics they belong to; every id is unique across the bank. */
@Value.Immutable
abstract class AbstractQuestionBank {
  /** @return the questions */
  public abstract List<Question> questions();

  /** @return the topics */
  public abstract List<Topic> topics();

  /**
   * The question with an id.
   *
   * @param id the question's id
   * @return the question, or empty if the bank has no question with that id
   */
  public Optional<Question> question(String id) {
    Objects.requireNonNull(id, "id");
    return IdOf.QUESTION.find(questions(), id);
  }

  /**
   * The topic with an id.
   *
   * @param id the topic's id
   * @return the topic, or empty if the bank has no topic with that id
   */
  public Optional<Topic> topic(String id) {
    Objects.requireNonNull(id, "id");
    return IdOf.TOPIC.find(topics(), id);
  }

  /**
   * The questions of a topic, in order.
   *
   * @param topicId the topic's id
   * @return the questions
   */
  public List<Question> questionsOf(String topicId) {
    Objects.requireNonNull(topicId, "topicId");
    List<Question> found = new ArrayList<>();
    for (Question q : questions()) {
      Optional<String> topic = q.topic();
      if (topic.isPresent() && topic.get().equals(topicId)) {
        found.add(q);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Validates every question and every link between questions and topics, and reports all
   * problems at once, with paths such as {@code questions[0].objectives[3].actors[0]}.
   *
   * @return the report
   */
  public ValidationReport validate() {
    Validation v = new Validation(ModelPath.root());
    v.bank((QuestionBank) this);
    return v.report();
  }

  /**
   * A one-line summary, such as {@code QuestionBank[12 questions, 3 topics]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "QuestionBank[" + questions().size() + (questions().size() == 1 ? " question, " : " questions, ")
        + topics().size() + (topics().size() == 1 ? " topic]" : " topics]");
  }

  @Value.Check
  void check() {
    List<String> ids = new ArrayList<>(questions().size() + topics().size());
    for (Question q : questions()) {
      ids.add(q.id());
    }
    for (Topic t : topics()) {
      ids.add(t.id());
    }
    int again = Checks.repeatAt(ids, IdOf.ITSELF);
    if (again >= 0) {
      int questions = questions().size();
      ModelPath path = again < questions ? ModelPath.of("questions").index(again) : ModelPath.of("topics").index(again - questions);
      throw Checks.duplicate(path, ids.get(again));
    }
  }
}
