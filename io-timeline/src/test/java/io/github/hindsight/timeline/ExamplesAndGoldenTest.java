package io.github.hindsight.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.testkit.GoldenFiles;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The timeline of the Cuban Missile Crisis is pinned by a golden file, and every example question
 * in the repository becomes a timeline that TimelineJS loads with one slide per event, as do
 * random questions, with dates before the common era, decades, centuries, ranges and awkward text.
 */
class ExamplesAndGoldenTest {
  private static final Path QUESTIONS = Path.of("..", "examples", "questions");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "cuban-missile-crisis.timeline.json");
  private static TimelineBrowser browser;

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(QUESTIONS)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  @AfterAll
  static void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** One browser for the class, started when a test first needs it. */
  private static TimelineBrowser browser() throws IOException {
    if (browser == null) {
      browser = TimelineBrowser.start();
    }
    return browser;
  }

  /** The timeline of some questions, written through a sink, as a folder of examples would be. */
  private static String timeline(List<Question> questions) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (QuestionSink sink = new TimelineFormat().writer().orElseThrow().openSink(out)) {
      for (Question question : questions) {
        sink.write(question);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theCubanTimelineIsAsBefore() throws IOException {
    String timeline = timeline(List.of(Samples.cubanMissileCrisis()));
    assertThat(timeline).isEqualTo(GoldenFiles.expected(GOLDEN, timeline));
    assertThat(timeline).contains("\"group\": \"Soviet Union\"", "\"group\": \"Made public\"", "\"eras\"",
        "\"display_date\": \"January 1989\"");
  }

  @Test
  void thereAreExamples() throws IOException {
    assertThat(examples()).extracting(p -> p.getFileName().toString()).contains("cuban-missile-crisis.md");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleBecomesATimelineThatTimelineJsLoads(Path file) throws Exception {
    QuestionBank bank;
    try (InputStream in = Files.newInputStream(file)) {
      bank = new MarkdownFormat().reader().orElseThrow()
          .readBank(in, ReadOptions.named(file.getFileName().toString()).withCheckLinks(false));
    }
    ModelEvents.check(browser().render(timeline(bank.questions())), bank.questions());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void randomQuestionsBecomeTimelinesThatTimelineJsLoads(long seed) throws Exception {
    List<Question> questions = RandomQuestions.questions(seed, 6);
    ModelEvents.check(browser().render(timeline(questions)), questions);
  }
}
