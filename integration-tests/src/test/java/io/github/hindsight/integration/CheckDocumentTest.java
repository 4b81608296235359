package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.Hindsight;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.support.AssembledBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Hindsight#checkDocument(Path)}: one read of a file that holds a bank or one question;
 * a lone question may name a topic defined in another file, a bank may not.
 */
class CheckDocumentTest {
  private static final Hindsight HINDSIGHT = Hindsight.standard();

  @TempDir Path dir;

  private static String question(String id, String topic) {
    return "---\nid: " + id + "\ntopic: " + topic + "\n---\n\n# Who gained most?\n";
  }

  @Test
  void aLoneQuestionMayNameATopicDefinedElsewhereAndItsWarningsKeepTheirLines() throws IOException {
    Path file = write("wall.md", question("wall", "the-wall"));

    AssembledBank checked = HINDSIGHT.checkDocument(file);

    assertThat(checked.bank().questions()).singleElement().satisfies(q -> {
      assertThat(q.id()).isEqualTo("wall");
      assertThat(q.topic()).hasValue("the-wall");
    });
    assertThat(checked.warnings()).map(FormatProblem::toString)
        .containsExactly(file + ":1:1: warning: the question has no actors, so nothing can be judged");
    // The same file is not a bank on its own: checkBank holds it to its links.
    FormatException asBank = catchThrowableOfType(FormatException.class, () -> HINDSIGHT.checkBank(file));
    assertThat(asBank.problems()).map(FormatProblem::toString)
        .containsExactly(file + ":3:8: unknown topic 'the-wall' (none is defined)");
  }

  @Test
  void aFileWithTopicsIsCheckedAsAWholeBankLinksIncluded() throws IOException {
    Path file = write("bank.md", "---\ntype: topic\nid: berlin\n---\n\n# Berlin\n\n" + question("wall", "the-wall"));

    FormatException e = catchThrowableOfType(FormatException.class, () -> HINDSIGHT.checkDocument(file));

    assertThat(e).isNotNull();
    assertThat(e.problems()).map(FormatProblem::toString).anySatisfy(p -> assertThat(p).contains("unknown topic 'the-wall'"));
  }

  @Test
  void aLoneQuestionsOwnProblemsAreStillReportedAtTheirLines() throws IOException {
    Path file = write("bad.md", "---\nid: Not An Id\ntopic: the-wall\n---\n\n# Who gained most?\n");

    FormatException e = catchThrowableOfType(FormatException.class, () -> HINDSIGHT.checkDocument(file));

    assertThat(e).isNotNull();
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().source()).isEqualTo(file.toString());
      assertThat(p.location().line()).hasValue(2);
      assertThat(p.message()).contains("Not An Id");
    });
  }

  @Test
  void aFolderIsCheckedAsCheckBankChecksIt() throws IOException {
    write("a.md", question("wall", "the-wall"));
    write("b.md", question("airlift", "the-wall"));

    List<String> asDocument = problems(() -> HINDSIGHT.checkDocument(dir));
    List<String> asBank = problems(() -> HINDSIGHT.checkBank(dir));

    assertThat(asDocument).isNotEmpty().isEqualTo(asBank);
  }

  private static List<String> problems(org.assertj.core.api.ThrowableAssert.ThrowingCallable check) {
    FormatException e = catchThrowableOfType(FormatException.class, check);
    assertThat(e).isNotNull();
    return e.problems().stream().map(FormatProblem::toString).toList();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
