package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvidersTest {
  private static FormatProvider provider(String id) {
    return ServiceLoader.load(FormatProvider.class).stream().map(ServiceLoader.Provider::get)
        .filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void bothFormatsAreFoundAsServices() {
    FormatProvider markdown = provider("markdown");
    assertThat(markdown.extensions()).containsExactly("md", "markdown");
    assertThat(markdown.reader()).isPresent();
    assertThat(markdown.writer()).hasValueSatisfying(w -> assertThat(w.isLossless()).isTrue());
    FormatProvider notes = provider("revision-notes");
    assertThat(notes.extensions()).isEmpty();
    assertThat(notes.reader()).isEmpty();
    assertThat(notes.writer()).hasValueSatisfying(w -> assertThat(w.isLossless()).isFalse());
  }

  @Test
  void sniffingPrefersFrontMatterWithAnId() {
    FormatProvider markdown = provider("markdown");
    assertThat(markdown.sniff("---\nid: x\n---\n".getBytes(StandardCharsets.UTF_8))).isGreaterThan(markdown.sniff("# Title\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(markdown.sniff("{\"id\": 1}".getBytes(StandardCharsets.UTF_8))).isZero();
  }

  @Test
  void aBankIsWrittenAsDocumentsAndReadBackEqual() throws IOException {
    QuestionBank bank = RandomQuestions.bank(7, 6);
    FormatProvider markdown = provider("markdown");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    markdown.writer().orElseThrow().writeBank(bank, out);
    QuestionBank read = markdown.reader().orElseThrow().readBank(new ByteArrayInputStream(out.toByteArray()), ReadOptions.named("bank.md"));
    assertThat(read).isEqualTo(bank);
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("type: topic");
  }

  @Test
  void aSinkWritesQuestionsThatStreamBackOneByOne() throws IOException {
    List<Question> questions = RandomQuestions.questions(40, 5);
    FormatProvider markdown = provider("markdown");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (QuestionSink sink = markdown.writer().orElseThrow().openSink(out)) {
      for (Question q : questions) {
        sink.write(q);
      }
    }
    try (QuestionStream stream = markdown.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(out.toByteArray()), ReadOptions.defaults())) {
      assertThat(stream.stream().toList()).isEqualTo(questions);
    }
  }

  @Test
  void aBankReportsABrokenTopicLinkAtItsLine() {
    String bank = MarkdownFormat.write(Samples.cubanMissileCrisis()) + "\n---\ntype: topic\nid: cuban-missile-crisis\nrelated-questions:\n  - who-lost\n---\n\n# The crisis\n";
    assertThatThrownBy(() -> provider("markdown").reader().orElseThrow()
        .readBank(new ByteArrayInputStream(bank.getBytes(StandardCharsets.UTF_8)), ReadOptions.named("bank.md")))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("bank.md:" + (bank.substring(0, bank.indexOf("  - who-lost")).split("\n", -1).length) + ":5: unknown question 'who-lost'");
  }

  @Test
  void aFolderReportsProblemsOfEveryFileByName(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.md"), "---\nid: a\n---\n\n# A?\n\n## Actors\n\n### X `x`\n\n- **Kind:** nation\n");
    Files.writeString(dir.resolve("b.md"), "---\nid: a\n---\n\n# B?\n");
    Files.writeString(dir.resolve("notes.txt"), "not read");
    assertThatThrownBy(() -> MarkdownFolder.read(dir, ReadOptions.defaults()))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("a.md:11:13: 'nation' is not a valid actor kind")
        .hasMessageContaining("b.md:2:5: duplicate id 'a' (first at a.md:2:5)");
  }

  @Test
  void revisionNotesWriteEveryGeneratedQuestion() throws IOException {
    FormatWriter notes = provider("revision-notes").writer().orElseThrow();
    for (Question q : RandomQuestions.questions(1, 30)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      notes.writeQuestion(q, out);
      String text = out.toString(StandardCharsets.UTF_8);
      assertThat(text).startsWith("# Revision notes: ").contains("## Judgement");
      q.actors().forEach(a -> assertThat(text).contains(io.github.hindsight.markdown.internal.MarkdownText.escape(a.name())));
    }
  }
}
