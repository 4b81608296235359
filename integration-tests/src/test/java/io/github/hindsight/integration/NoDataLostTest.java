package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path between the lossless formats gives back an equal model: each example goes through
 * every order of the formats (Markdown, then JSON, then JSON Lines, then Markdown again, and so
 * on), a large generated bank through every step from one format to another, and each is
 * compared with the original after every step.
 */
class NoDataLostTest {
  private static final QuestionBank LARGE_BANK = RandomQuestions.bank(1962, 200);
  /** The example documents, from this module's folder, where the build runs its tests. */
  private static final Path EXAMPLES = Paths.get("..", "examples", "questions");
  private static List<FormatProvider> formats;

  @BeforeAll
  static void findFormats() {
    formats = Formats.lossless();
  }

  @Test
  void theFormatsUnderTestAreAllThere() {
    assertThat(formats).extracting(FormatProvider::id).contains("json", "jsonl", "markdown");
  }

  /** Every order of the formats, each ending where it started so that the last step is checked too. */
  static List<List<FormatProvider>> paths() {
    List<FormatProvider> all = Formats.lossless();
    List<List<FormatProvider>> out = new ArrayList<>();
    permute(all, new ArrayList<>(), out);
    for (List<FormatProvider> p : out) {
      p.add(p.get(0));
    }
    return out;
  }

  private static void permute(List<FormatProvider> left, List<FormatProvider> prefix, List<List<FormatProvider>> out) {
    if (left.isEmpty()) {
      out.add(new ArrayList<>(prefix));
      return;
    }
    for (FormatProvider f : left) {
      List<FormatProvider> rest = new ArrayList<>(left);
      rest.remove(f);
      prefix.add(f);
      permute(rest, prefix, out);
      prefix.remove(prefix.size() - 1);
    }
  }

  static Stream<Question> examples() throws IOException {
    List<Question> out = new ArrayList<>();
    out.add(Samples.cubanMissileCrisis());
    // The example documents, each streamed by the facade: a file may hold one question or several.
    // A missing folder fails the test: skipping it would pass with only the sample checked.
    assertThat(EXAMPLES).as("the example questions, from %s", Paths.get("").toAbsolutePath()).isDirectory();
    Hindsight hindsight = Hindsight.standard();
    List<Path> documents;
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      documents = files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    assertThat(documents).as("documents in %s", EXAMPLES).isNotEmpty();
    for (Path file : documents) {
      try (QuestionStream questions = hindsight.stream(file)) {
        while (questions.hasNext()) {
          out.add(questions.next());
        }
      }
    }
    assertThat(out).as("questions in %s and the sample", EXAMPLES).hasSizeGreaterThan(1);
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleSurvivesEveryPath(Question example) throws IOException {
    for (List<FormatProvider> path : paths()) {
      Question current = example;
      for (FormatProvider f : path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.writer().orElseThrow().writeQuestion(current, out);
        current = f.reader().orElseThrow().readQuestion(new ByteArrayInputStream(out.toByteArray()), ReadOptions.named("example." + f.id()));
        assertThat(current).as("%s after %s on path %s", example.id(), f.id(), ids(path)).isEqualTo(example);
      }
    }
  }

  /**
   * The two cycles through the formats, one each way round: between them they take every step
   * from one format to another, at a third of the cost of every order.
   */
  static List<List<FormatProvider>> cycles() {
    List<FormatProvider> all = Formats.lossless();
    List<FormatProvider> forward = new ArrayList<>(all);
    forward.add(all.get(0));
    List<FormatProvider> backward = new ArrayList<>(forward);
    java.util.Collections.reverse(backward);
    return List.of(forward, backward);
  }

  @Test
  void aLargeBankSurvivesEveryStep() throws IOException {
    for (List<FormatProvider> path : cycles()) {
      QuestionBank current = LARGE_BANK;
      for (FormatProvider f : path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.writer().orElseThrow().writeBank(current, out);
        current = f.reader().orElseThrow().readBank(new ByteArrayInputStream(out.toByteArray()), ReadOptions.named("bank." + f.id()));
        assertThat(current).as("bank after %s on path %s", f.id(), ids(path)).isEqualTo(LARGE_BANK);
      }
    }
  }

  @Test
  void aLargeBankSurvivesEveryStepAsAStream() throws IOException {
    List<Question> questions = LARGE_BANK.questions();
    for (List<FormatProvider> path : cycles()) {
      List<Question> current = questions;
      for (FormatProvider f : path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QuestionSink sink = f.writer().orElseThrow().openSink(out)) {
          for (Question q : current) {
            sink.write(q);
          }
        }
        List<Question> back = new ArrayList<>();
        try (QuestionStream in = f.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(out.toByteArray()), ReadOptions.named("stream." + f.id()))) {
          while (in.hasNext()) {
            back.add(in.next());
          }
        }
        current = back;
        assertThat(current).as("stream after %s on path %s", f.id(), ids(path)).isEqualTo(questions);
      }
    }
  }

  private static String ids(List<FormatProvider> path) {
    return path.stream().map(FormatProvider::id).collect(Collectors.joining(" → "));
  }
}
