package io.github.hindsight.markdown;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.markdown.internal.MarkdownWriter;
import io.github.hindsight.markdown.internal.RevisionNotes;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.support.SimpleFormatProvider;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Revision notes for students (id {@code revision-notes}): a one-way Markdown export with a table
 * of objectives and outcomes per actor, a timeline of consequences, the interpretations side by
 * side and a section for the judgement. It has no file extension of its own, so that {@code .md}
 * files are read as the authoring format; choose it by its id. It has no reader: revision notes
 * are written only.
 *
 * <p>The judgement section shows the verdicts of the {@link Judge} the format is given. An
 * application with custom criteria registers its own, and it wins over the discovered format of
 * the same id:
 *
 * <pre>{@code
 * Hindsight hindsight = Hindsight.builder().addFormat(new RevisionNotesFormat(myJudge)).build();
 * }</pre>
 */
public final class RevisionNotesFormat extends SimpleFormatProvider {
  /** The format id. */
  public static final String ID = "revision-notes";

  /**
   * Creates the provider with {@link Judge#standard()}, the judge with the custom criteria
   * declared as services; {@link java.util.ServiceLoader} calls this. That judge is made once, when
   * the first notes are written, and then serves every provider made this way.
   */
  public RevisionNotesFormat() {
    this(new QuestionNotes(null));
  }

  /**
   * Creates the provider with a judge of the application's own, such as one with custom criteria.
   *
   * @param judge the judge whose verdicts the notes show
   */
  public RevisionNotesFormat(Judge judge) {
    this(new QuestionNotes(Objects.requireNonNull(judge, "judge")));
  }

  private RevisionNotesFormat(QuestionNotes questions) {
    super(describe(ID, "Hindsight revision notes", "text/markdown")
        .writer(new MarkdownWriter(questions, new TopicNotes(), false)));
  }

  /**
   * Renders the revision notes of a question, with the verdicts of {@link Judge#standard()}.
   *
   * @param question the question
   * @return the notes, as Markdown
   */
  public static String write(Question question) {
    return RevisionNotes.question(Objects.requireNonNull(question, "question"), StandardJudge.get());
  }

  /** The notes of a question, with the verdicts of the judge given, or of the standard judge when none is. */
  private static final class QuestionNotes implements Function<Question, String> {
    private final @Nullable Judge judge;

    QuestionNotes(@Nullable Judge judge) {
      this.judge = judge;
    }

    @Override
    public String apply(Question question) {
      return RevisionNotes.question(question, judge != null ? judge : StandardJudge.get());
    }
  }

  private static final class TopicNotes implements Function<Topic, String> {
    @Override
    public String apply(Topic topic) {
      return RevisionNotes.topic(topic);
    }
  }

  /** Made on first use, not at discovery, since finding the custom criteria scans the class path. */
  private static final class StandardJudge {
    private static final Judge JUDGE = Judge.standard();

    static Judge get() {
      return JUDGE;
    }
  }
}
