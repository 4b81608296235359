package io.github.hindsight.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example question in the repository becomes a graph that Graphviz renders, and a flowchart. */
class ExamplesRenderTest {
  private static final Path QUESTIONS = Path.of("..", "examples", "questions");

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(QUESTIONS)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static QuestionBank read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new MarkdownFormat().reader().orElseThrow()
          .readBank(in, ReadOptions.named(file.getFileName().toString()).withCheckLinks(false));
    }
  }

  /** The questions of one file, through a sink, as the command line writes a folder of examples. */
  private static String write(FormatProvider format, QuestionBank bank) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (QuestionSink sink = format.writer().orElseThrow().openSink(out)) {
      for (Question question : bank.questions()) {
        sink.write(question);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleIsAGraphGraphvizRenders(Path file) throws Exception {
    QuestionBank bank = read(file);
    String mermaid = write(new MermaidFormat(), bank);
    assertThat(mermaid).contains("flowchart LR\n");
    String dot = write(new DotFormat(), bank);
    Graphviz.assumeAvailable();
    String svg = Graphviz.svg(dot);
    bank.questions().forEach(q -> q.objectives().forEach(o -> assertThat(svg).as("objective %s", o.id())
        .contains("_o_" + o.id().replaceAll("[^A-Za-z0-9]", "_") + "</title>")));
  }
}
