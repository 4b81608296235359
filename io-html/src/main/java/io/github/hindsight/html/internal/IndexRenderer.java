package io.github.hindsight.html.internal;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.Topic;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The lists that lead to the questions: of every question, and of each topic's. */
public final class IndexRenderer {
  private IndexRenderer() {}

  /**
   * A list of the questions, each linked, with its topic, and of the topics.
   *
   * @param questions the questions
   * @param topics the topics
   * @param href where each question is
   * @param topicHref where each topic is
   * @param out where the markup goes
   */
  public static void contents(List<Question> questions, List<Topic> topics, Function<Question, String> href,
      Function<Topic, String> topicHref, StringBuilder out) {
    if (!questions.isEmpty()) {
      out.append("<section aria-labelledby=\"questions\">\n<h2 id=\"questions\">The questions</h2>\n<ul>\n");
      for (Question q : questions) {
        out.append("<li><a href=\"").append(Html.text(href.apply(q))).append("\">").append(Html.text(q.prompt())).append("</a>");
        topic(q, topics).ifPresent(t -> out.append(" <span class=\"note\">(").append(Html.text(t.title())).append(")</span>"));
        out.append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    if (!topics.isEmpty()) {
      out.append("<section aria-labelledby=\"topics\">\n<h2 id=\"topics\">Topics</h2>\n<ul>\n");
      topics.forEach(t -> out.append("<li><a href=\"").append(Html.text(topicHref.apply(t))).append("\">").append(Html.text(t.title()))
          .append("</a>").append(t.period().map(p -> " <span class=\"note\">(" + Html.text(p) + ")</span>").orElse("")).append("</li>\n"));
      out.append("</ul>\n</section>\n");
    }
  }

  /**
   * Each topic as a section: its period and course, its questions and the topics it links to.
   *
   * @param topics the topics
   * @param questions the questions that may belong to them
   * @param href where each question is
   * @param out where the markup goes
   */
  public static void topics(List<Topic> topics, List<Question> questions, Function<Question, String> href, StringBuilder out) {
    for (Topic t : topics) {
      topic(t, topics, questions, href, t2 -> "#" + Html.id("topic", t2.id()), 2, out);
    }
  }

  /**
   * One topic.
   *
   * @param topic the topic
   * @param topics every topic, for its links to others
   * @param questions the questions that may belong to it
   * @param href where each question is
   * @param topicHref where each other topic is
   * @param level the level of its heading
   * @param out where the markup goes
   */
  public static void topic(Topic topic, List<Topic> topics, List<Question> questions, Function<Question, String> href,
      Function<Topic, String> topicHref, int level, StringBuilder out) {
    String id = Html.id("topic", topic.id());
    out.append("<section aria-labelledby=\"").append(id).append("\">\n<h").append(level).append(" id=\"").append(id).append("\">")
        .append(Html.text(topic.title())).append("</h").append(level).append(">\n");
    String about = String.join("; ", java.util.stream.Stream.of(topic.period(), topic.course()).flatMap(Optional::stream).toList());
    if (!about.isEmpty()) {
      out.append("<p class=\"note\">").append(Html.text(about)).append("</p>\n");
    }
    List<Question> mine = questions.stream().filter(q -> q.topic().equals(Optional.of(topic.id())) || topic.relatedQuestions().contains(q.id())).toList();
    out.append(mine.isEmpty() ? "<p>No questions of this topic are here.</p>\n" : "<ul>\n");
    mine.forEach(q -> out.append("<li><a href=\"").append(Html.text(href.apply(q))).append("\">").append(Html.text(q.prompt())).append("</a></li>\n"));
    out.append(mine.isEmpty() ? "" : "</ul>\n");
    List<Topic> related = topics.stream().filter(o -> topic.relatedTopics().contains(o.id())).toList();
    if (!related.isEmpty()) {
      out.append("<p>See also: ");
      for (int i = 0; i < related.size(); i++) {
        out.append(i == 0 ? "" : ", ").append("<a href=\"").append(Html.text(topicHref.apply(related.get(i)))).append("\">")
            .append(Html.text(related.get(i).title())).append("</a>");
      }
      out.append(".</p>\n");
    }
    out.append("</section>\n");
  }

  private static Optional<Topic> topic(Question q, List<Topic> topics) {
    return q.topic().flatMap(id -> topics.stream().filter(t -> t.id().equals(id)).findFirst());
  }
}
