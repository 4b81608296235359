package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.ExamMetadata;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionKind;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The front matter of a question: {@code id}, {@code kind}, {@code kind-label}, {@code topic},
 * {@code tags} and {@code exam}; lenient reading keeps other keys as extras.
 */
final class QuestionFrontMatter {
  private static final List<String> KEYS = List.of("type", "id", "kind", "kind-label", "topic", "tags", "exam");

  private QuestionFrontMatter() {}

  /**
   * Reads the front matter into the question's builder.
   *
   * @param ctx the document's context
   * @param fm the front matter
   * @param root its mapping
   * @param q the question's builder
   * @return the question's id, or null (reported) if there is none
   */
  static @Nullable String read(SectionContext ctx, FrontMatter fm, Yaml.Node root, Question.Builder q) {
    fm.unknownKeys(root, KEYS, "the front matter", true);
    String id = fm.scalar(root, "id");
    if (id == null) {
      ctx.located.problem(fm.valueAt(root), "the question has no id: expected 'id: some-question' in the front matter");
    } else {
      ctx.located.path("id", fm.valueAt(root, "id"));
    }
    String kind = fm.scalar(root, "kind");
    String label = fm.scalar(root, "kind-label");
    if (kind != null) {
      ctx.located.path("kind", fm.valueAt(root, "kind"));
      QuestionKind k = ctx.word(kind, fm.valueAt(root, "kind"), WordSet.QUESTION_KINDS);
      if (k != null) {
        q.kind(k);
        FieldChecks.kind(ctx.located, k, Optional.ofNullable(label));
      }
    }
    if (label != null) {
      ctx.located.path("kindLabel", fm.valueAt(root, "kind-label"));
      q.kindLabel(label);
    }
    String topic = fm.scalar(root, "topic");
    if (topic != null) {
      ctx.located.path("topic", fm.valueAt(root, "topic"));
      q.topic(topic);
      FieldChecks.topic(ctx.located, topic);
    }
    List<String> tags = fm.scalars(root, "tags", "tags");
    q.tags(tags);
    FieldChecks.tags(ctx.located, tags);
    if (root.map.containsKey("exam")) {
      Yaml.Node exam = root.map.get("exam");
      ctx.located.path("exam", fm.valueAt(exam));
      ExamMetadata e = ExamFrontMatter.read(ctx, fm, exam);
      if (e != null) {
        q.exam(e);
      }
    }
    return id;
  }
}
