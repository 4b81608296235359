package io.github.hindsight.spi.support;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one document contributes to a bank: its name, the questions and topics read from it, each
 * valid on its own, and a {@link Locator} from model paths within the part (such as
 * {@code questions[1].topic}, indices counted in this part) to where they were read.
 *
 * @param source the document's name, as problem locations give it
 * @param questions the questions, in document order
 * @param topics the topics, in document order
 * @param locator where each model path of the part was read
 */
public record BankPart(String source, List<Question> questions, List<Topic> topics, Locator locator) {
  /**
   * Creates a part, copying the lists.
   *
   * @param source the document's name
   * @param questions the questions
   * @param topics the topics
   * @param locator the locator
   */
  public BankPart {
    Objects.requireNonNull(source, "source");
    questions = List.copyOf(Objects.requireNonNull(questions, "questions"));
    topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
    Objects.requireNonNull(locator, "locator");
  }

  /**
   * A builder for a part whose questions and topics are read one by one, each with a locator of
   * its own for the paths within it; the part's locator is then
   * {@link Locator#byItem(String, java.util.function.IntFunction, java.util.function.IntFunction)}.
   *
   * @param source the document's name
   * @return the builder
   */
  public static Builder builder(String source) {
    Objects.requireNonNull(source, "source");
    return new Builder(source);
  }

  /** Collects the items of a part in document order; not thread-safe. */
  public static final class Builder {
    private final String source;
    private final List<Question> questions = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final List<Locator> questionLocators = new ArrayList<>();
    private final List<Locator> topicLocators = new ArrayList<>();

    private Builder(String source) {
      this.source = source;
    }

    /**
     * Adds a question.
     *
     * @param question the question
     * @param locator where the paths within it, such as {@code actors[2]}, were read
     * @return this builder
     */
    public Builder addQuestion(Question question, Locator locator) {
      return add(questions, questionLocators, Objects.requireNonNull(question, "question"), locator);
    }

    /**
     * Adds a topic.
     *
     * @param topic the topic
     * @param locator where the paths within it, such as {@code relatedTopics[0]}, were read
     * @return this builder
     */
    public Builder addTopic(Topic topic, Locator locator) {
      return add(topics, topicLocators, Objects.requireNonNull(topic, "topic"), locator);
    }

    private <T> Builder add(List<T> items, List<Locator> locators, T item, Locator locator) {
      locators.add(Objects.requireNonNull(locator, "locator"));
      items.add(item);
      return this;
    }

    /** @return the part */
    public BankPart build() {
      Locators.Listed q = new Locators.Listed(List.copyOf(questionLocators));
      Locators.Listed t = new Locators.Listed(List.copyOf(topicLocators));
      return new BankPart(source, questions, topics, Locator.byItem(source, q, t));
    }
  }
}
