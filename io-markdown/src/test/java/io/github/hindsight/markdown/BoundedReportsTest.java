package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Markdown document with many problems is reported as the JSON readers report one: the first
 * hundred problems in full, in the order of the document, then one that counts the rest.
 */
class BoundedReportsTest {
  private static final MarkdownFormat FORMAT = new MarkdownFormat();
  private static final int ACTORS = 1000;
  /** The line of the first actor's kind in {@link #manyBadKinds()}. */
  private static final int FIRST_KIND_LINE = 12;

  /** One question whose thousand actors each have a kind that is not one. */
  private static String manyBadKinds() {
    StringBuilder sb = new StringBuilder("---\nid: q\nkind: who-won\n---\n\n# Who won?\n\n## Actors\n\n");
    for (int i = 0; i < ACTORS; i++) {
      sb.append("### Actor ").append(i).append(" `a").append(i).append("`\n\n- **Kind:** planet\n\n");
    }
    return sb.toString();
  }

  private static void assertBounded(FormatException e, int firstLine, long more) {
    assertThat(e).as("refused").isNotNull();
    List<FormatProblem> problems = e.problems();
    assertThat(problems).hasSize(FormatException.MAX_PROBLEMS + 1);
    assertThat(problems.get(0).location().line()).hasValue(firstLine);
    assertThat(problems.subList(0, FormatException.MAX_PROBLEMS)).allSatisfy(p -> assertThat(p.message()).contains("planet"));
    assertThat(problems.subList(0, FormatException.MAX_PROBLEMS)).extracting(p -> p.location().line().getAsInt()).isSorted();
    FormatProblem last = problems.get(FormatException.MAX_PROBLEMS);
    assertThat(last.message()).startsWith("and " + more + " more problems, not listed");
    assertThat(last.location().line().getAsInt()).isGreaterThan(problems.get(FormatException.MAX_PROBLEMS - 1).location().line().getAsInt());
  }

  @Test
  void aQuestionWithAThousandProblemsIsReportedAsTheFirstHundredAndACount() {
    String doc = manyBadKinds();
    for (ReadOptions options : List.of(ReadOptions.named("q.md"), ReadOptions.builder().sourceName("q.md").strict(false).build())) {
      assertBounded(catchThrowableOfType(FormatException.class, () -> MarkdownFormat.read(doc, options)), FIRST_KIND_LINE, ACTORS - 100);
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      assertBounded(catchThrowableOfType(FormatException.class, () -> FORMAT.reader().orElseThrow().readBank(new ByteArrayInputStream(bytes), options)),
          FIRST_KIND_LINE, ACTORS - 100);
      assertBounded(catchThrowableOfType(FormatException.class, () -> {
        try (QuestionStream s = FORMAT.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(bytes), options)) {
          s.hasNext();
          s.next();
        }
      }), FIRST_KIND_LINE, ACTORS - 100);
    }
  }

  @Test
  void aBankOfManyBrokenDocumentsIsBoundedAsOneDocumentIs() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      sb.append("---\nid: q").append(i).append("\nkind: who-won\n---\n\n# Who won?\n\n## Actors\n\n### A `a`\n\n- **Kind:** planet\n\n");
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    assertBounded(catchThrowableOfType(FormatException.class,
        () -> FORMAT.reader().orElseThrow().readBank(new ByteArrayInputStream(bytes), ReadOptions.named("bank.md"))), 12, 200);
  }
}
