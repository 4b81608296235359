package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.Topic;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/**
 * A topic document: front matter with {@code id}, {@code period}, {@code course},
 * {@code related-topics} and {@code related-questions}, and a body that is only its title.
 */
final class TopicDocument {
  private static final List<String> KEYS = List.of("type", "id", "period", "course", "related-topics", "related-questions");

  private TopicDocument() {}

  /**
   * Reads a topic.
   *
   * @param ctx the document's context
   * @param fm the front matter
   * @param root its mapping
   * @param doc the body's tree
   * @return the topic, or null if any problem was found
   */
  static @Nullable Topic read(SectionContext ctx, FrontMatter fm, Yaml.Node root, Node doc) {
    fm.unknownKeys(root, KEYS, "the front matter of a topic", false);
    String id = fm.scalar(root, "id");
    if (id != null) {
      ctx.located.path("id", fm.valueAt(root, "id"));
    } else {
      ctx.located.problem(fm.valueAt(root), "the topic has no id: expected 'id: some-topic' in the front matter");
    }
    Heading title = MarkdownBody.title(doc, new ArrayList<>());
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n != title) {
        ctx.located.problem(ctx.at(n), "unexpected " + MarkdownBody.describe(n) + " in a topic; expected only its title, such as '# The Cuban Missile Crisis'");
      }
    }
    if (title == null) {
      ctx.located.problem(doc.getFirstChild() == null ? ctx.body.start() : ctx.at(doc.getFirstChild()),
          "missing title: expected a heading such as '# The Cuban Missile Crisis' after the front matter");
      return null;
    }
    ctx.located.path("title", ctx.at(title));
    Topic.Builder t = Topic.builder().title(ctx.body.plainOf(title));
    String period = fm.scalar(root, "period");
    String course = fm.scalar(root, "course");
    if (period != null) {
      ctx.located.path("period", fm.valueAt(root, "period"));
      t.period(period);
    }
    if (course != null) {
      ctx.located.path("course", fm.valueAt(root, "course"));
      t.course(course);
    }
    t.relatedTopics(fm.scalars(root, "related-topics", "relatedTopics"));
    t.relatedQuestions(fm.scalars(root, "related-questions", "relatedQuestions"));
    if (id == null) {
      return null;
    }
    t.id(id);
    Topic topic;
    try {
      topic = t.build();
    } catch (InvalidModelException | IllegalStateException invalid) {
      ctx.located.buildFailed("", "topic", invalid);
      return null;
    }
    return !ctx.located.hasProblems() ? topic : null;
  }
}
