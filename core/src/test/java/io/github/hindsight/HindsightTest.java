package io.github.hindsight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorKind;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.spi.support.PluginProblem;
import io.github.hindsight.testformats.ServiceFiles;
import io.github.hindsight.testformats.ThrowingFormat;
import io.github.hindsight.testformats.TinyFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HindsightTest {
  @TempDir Path dir;

  private final Hindsight hindsight = Hindsight.builder().useServiceLoader(false).addFormat(new TinyFormat()).build();

  private static Question simple(String id) {
    return Question.builder().id(id).prompt("Who gained most from " + id + "?").build();
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.write(file, List.of(lines));
  }

  private List<String> folderListing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesAndReadsBackByExtension() throws IOException {
    Path file = dir.resolve("yalta.tiny");

    hindsight.write(simple("yalta"), file);

    assertThat(Files.readString(file)).isEqualTo("tiny 1\nid: yalta\nprompt: Who gained most from yalta?\n");
    assertThat(hindsight.read(file)).isEqualTo(simple("yalta"));
    assertThat(folderListing()).containsExactly("yalta.tiny");
  }

  @Test
  void refusesToWriteWhatCouldNotBeReadBack() throws IOException {
    Question dangling = simple("yalta").withActors(Actor.builder().id("usa").name("United States").kind(ActorKind.STATE).build())
        .withObjectives(Objective.builder().id("poland").addActor("usa").addActor("ussr").statement("Decide Poland's future")
            .outcome(Outcome.of(OutcomeStatus.UNCLEAR, "")).build());
    Path file = dir.resolve("yalta.tiny");

    assertThatThrownBy(() -> hindsight.write(dangling, file)).isInstanceOfSatisfying(FormatException.class, e ->
        assertThat(e.problems()).extracting(p -> p.location().pointer().orElseThrow(), FormatProblem::message)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("/objectives/0/actors/1", "unknown actor 'ussr'; expected one of usa")));
    QuestionBank bank = QuestionBank.builder().addQuestion(simple("yalta").withTopic("wartime-conferences")).build();
    assertThatThrownBy(() -> hindsight.writeBank(bank, file)).isInstanceOfSatisfying(FormatException.class, e ->
        assertThat(e.problems()).extracting(FormatProblem::toString)
            .containsExactly("bank (/questions/0/topic): unknown topic 'wartime-conferences' (none is defined)"));
    assertThat(folderListing()).isEmpty();
  }

  @Test
  void detectsByContentWhenTheExtensionIsUnknown() throws IOException {
    Path file = dir.resolve("notes.txt");
    write(file, "tiny 1", "id: potsdam", "prompt: Who gained most from potsdam?");

    assertThat(hindsight.detect(file).id()).isEqualTo("tiny");
    assertThat(hindsight.read(file)).isEqualTo(simple("potsdam"));
  }

  @Test
  void contentThatNoFormatRecognisesIsAClearError() throws IOException {
    Path file = dir.resolve("notes.txt");
    write(file, "Dear diary");

    assertThatThrownBy(() -> hindsight.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot tell the format of " + file + ": no format claims its extension")
        .hasMessageContaining("formats that read: tiny (.tiny)");
  }

  @Test
  void readingAFileOfAWriteOnlyFormatSaysSo() throws IOException {
    TinyFormat exportOnly = new TinyFormat("export", List.of("exp"), 0, false) {
      @Override
      public Optional<FormatReader> reader() {
        return Optional.empty();
      }

      @Override
      public boolean isLossless() {
        return false;
      }
    };
    Hindsight withExport = Hindsight.builder().useServiceLoader(false).addFormat(new TinyFormat()).addFormat(exportOnly).build();
    Path file = dir.resolve("diagram.exp");
    withExport.write(simple("a"), file);
    Files.writeString(file, "drawn, not readable");

    assertThatThrownBy(() -> withExport.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("its extension belongs to export, which only writes");

    // Even when the content looks like a format that reads: the extension says it is an export.
    withExport.write(simple("a"), file, "tiny");
    assertThatThrownBy(() -> withExport.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot read " + file + ": its extension belongs to export, which only writes")
        .hasMessageContaining("name the format to read it as, from: tiny (.tiny)");
  }

  @Test
  void anExtensionNoFormatWritesIsAClearError() {
    assertThatThrownBy(() -> hindsight.write(simple("a"), dir.resolve("a.docx"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no format writes files named like").hasMessageContaining("tiny (.tiny)");
    assertThatThrownBy(() -> hindsight.write(simple("a"), dir.resolve("a.tiny"), "json")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no format has the id 'json'");
  }

  @Test
  void aNamedFormatWinsOverTheExtension() throws IOException {
    Path file = dir.resolve("question.dat");

    hindsight.write(simple("munich"), file, "tiny");

    assertThat(hindsight.read(file, "tiny")).isEqualTo(simple("munich"));
  }

  @Test
  void badContentReportsEveryProblemWithItsLine() throws IOException {
    Path file = dir.resolve("broken.tiny");
    write(file, "tiny 1", "id: a", "title: oops", "prompt: fine", "---", "colour: red");

    assertThatThrownBy(() -> hindsight.read(file)).isInstanceOfSatisfying(FormatException.class, e ->
        assertThat(e.problems()).extracting(FormatProblem::toString).containsExactly(
            file + ":3:1: found 'title'; expected 'id:', 'prompt:' or '---'",
            file + ":6:1: found 'colour'; expected 'id:', 'prompt:' or '---'",
            file + ":6:1: a question needs both 'id:' and 'prompt:'"));
  }

  @Test
  void aRefusedWriteLeavesNoFileBehind() {
    Path file = dir.resolve("cuba.tiny");

    assertThatThrownBy(() -> hindsight.write(Samples.cubanMissileCrisis(), file))
        .isInstanceOf(FormatException.class).hasMessageContaining("expected a format that holds the whole question");

    assertThat(file).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aRefusedWriteLeavesAnExistingFileAsItWas() throws IOException {
    Path file = dir.resolve("cuba.tiny");
    hindsight.write(simple("cuba"), file);
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> hindsight.writeBank(Samples.coldWarBank(), file)).isInstanceOf(FormatException.class);

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(folderListing()).containsExactly("cuba.tiny");
  }

  @Test
  void aWriteReplacesAnExistingFile() throws IOException {
    Path file = dir.resolve("bank.tiny");
    hindsight.write(simple("old"), file);

    hindsight.writeBank(QuestionBank.builder().addQuestion(simple("a")).addQuestion(simple("b")).build(), file);

    assertThat(hindsight.readBank(file).questions()).containsExactly(simple("a"), simple("b"));
    assertThat(folderListing()).containsExactly("bank.tiny");
  }

  @Test
  void readsAFolderAsOneBankInFileNameOrder() throws IOException {
    write(dir.resolve("b.tiny"), "tiny 1", "id: second", "prompt: Two?");
    write(dir.resolve("a.tiny"), "tiny 1", "id: first", "prompt: One?", "---", "id: also-first", "prompt: One too?");
    write(dir.resolve("README.md"), "# Not a question");
    write(dir.resolve(".hidden.tiny"), "not even tiny");
    Files.createDirectory(dir.resolve("nested.tiny"));

    QuestionBank bank = hindsight.readBank(dir);

    assertThat(bank.questions()).extracting(Question::id).containsExactly("first", "also-first", "second");
  }

  @Test
  void aFolderReportsTheProblemsOfEveryFileAtOnce() throws IOException {
    write(dir.resolve("a.tiny"), "tiny 1", "id: same", "prompt: One?");
    write(dir.resolve("b.tiny"), "tiny 1", "id: same", "prompt: Again?");
    write(dir.resolve("c.tiny"), "tiny 1", "colour: red", "id: c", "prompt: Three?");
    write(dir.resolve("d.tiny"), "toy 2");

    assertThatThrownBy(() -> hindsight.readBank(dir)).isInstanceOfSatisfying(FormatException.class, e ->
        assertThat(e.problems()).extracting(FormatProblem::toString).containsExactly(
            dir.resolve("b.tiny") + " (/questions/0/id): duplicate id 'same' (first at " + dir.resolve("a.tiny")
                + " (/questions/0/id)); expected every question and topic id once in a bank",
            dir.resolve("c.tiny") + ":2:1: found 'colour'; expected 'id:', 'prompt:' or '---'",
            dir.resolve("d.tiny") + ":1:1: found 'toy 2'; expected the header 'tiny 1'"));
  }

  @Test
  void streamsTheQuestionsOfAFile() throws IOException {
    Path file = dir.resolve("bank.tiny");
    hindsight.writeBank(QuestionBank.builder().addQuestion(simple("a")).addQuestion(simple("b")).build(), file);

    List<Question> read = new ArrayList<>();
    try (QuestionStream questions = hindsight.stream(file)) {
      while (questions.hasNext()) {
        read.add(questions.next());
      }
    }

    assertThat(read).containsExactly(simple("a"), simple("b"));
  }

  @Test
  void closingAStreamClosesItsFile() throws IOException {
    AtomicReference<InputStream> opened = new AtomicReference<>();
    TinyFormat recording = new TinyFormat() {
      @Override
      public QuestionStream streamQuestions(InputStream in, ReadOptions options) throws IOException {
        opened.set(in);
        return super.streamQuestions(in, options);
      }
    };
    Hindsight withRecording = Hindsight.builder().useServiceLoader(false).addFormat(recording).build();
    Path file = dir.resolve("a.tiny");
    withRecording.write(simple("a"), file);

    try (QuestionStream questions = withRecording.stream(file)) {
      assertThat(questions.next()).isEqualTo(simple("a"));
    }

    assertThatThrownBy(() -> opened.get().read()).isInstanceOf(IOException.class).hasMessageContaining("closed");
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Question>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String id = "q" + i;
        results.add(pool.submit(() -> {
          Path file = dir.resolve(id + ".tiny");
          hindsight.write(simple(id), file);
          return hindsight.read(file);
        }));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get(1, TimeUnit.MINUTES)).isEqualTo(simple("q" + i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void discoveryReportsABrokenPluginAndKeepsTheOthers(@TempDir Path services) throws IOException {
    ClassLoader plugins = ServiceFiles.loaderListing(services, List.of(ThrowingFormat.class.getName(), TinyFormat.class.getName()));

    Hindsight discovered = Hindsight.builder().useServiceLoader(false).discoverIn(plugins).build();

    assertThat(discovered.formats()).extracting(FormatProvider::id).containsExactly("tiny");
    assertThat(discovered.problems()).extracting(PluginProblem::plugin).containsExactly(ThrowingFormat.class.getName());
    Path file = dir.resolve("a.tiny");
    discovered.write(simple("a"), file);
    assertThat(discovered.read(file)).isEqualTo(simple("a"));
  }

  @Test
  void theStandardFacadeFindsThePluginsOfTheContextClassLoader(@TempDir Path services) throws IOException {
    ClassLoader plugins = ServiceFiles.loaderListing(services, List.of(ThrowingFormat.class.getName(), TinyFormat.class.getName()));
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    Hindsight standard;
    thread.setContextClassLoader(plugins);
    try {
      standard = Hindsight.standard();
    } finally {
      thread.setContextClassLoader(saved);
    }

    assertThat(standard.format("tiny")).isPresent();
    assertThat(standard.problems()).extracting(PluginProblem::plugin).contains(ThrowingFormat.class.getName());
    // Each facade discovers for itself: one built without the plugins does not see them.
    assertThat(Hindsight.builder().useServiceLoader(false).build().formats()).isEmpty();
  }

  @Test
  void aPreferenceDecidesBetweenFormatsThatClaimTheSameExtension() throws IOException {
    TinyFormat loud = new TinyFormat("loud", List.of("txt"), 10, true);
    TinyFormat quiet = new TinyFormat("quiet", List.of("txt"), 0, true);
    Hindsight byRule = Hindsight.builder().useServiceLoader(false).addFormat(loud).addFormat(quiet).build();
    Hindsight byChoice = Hindsight.builder().useServiceLoader(false).addFormat(loud).addFormat(quiet).preferFormat("txt", "quiet").build();
    Path file = dir.resolve("x.txt");
    Files.writeString(file, "tiny 1\nid: x\nprompt: X?\n", StandardCharsets.UTF_8);

    assertThat(byRule.detect(file)).isSameAs(loud);
    assertThat(byChoice.detect(file)).isSameAs(quiet);
  }
}
