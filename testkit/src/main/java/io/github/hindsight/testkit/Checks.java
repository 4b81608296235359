package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every group of the contract's checks needs: the hooks of the test, the reader and writer
 * of the format under test, the samples it can hold, and the assertions the groups share.
 */
abstract class Checks {
  private final FormatContractTest test;

  Checks(FormatContractTest test) {
    this.test = test;
  }

  // ---------------------------------------------------------------- the test's hooks

  FormatProvider format() {
    return test.format();
  }

  boolean canHold(Question question) {
    return test.canHold(question);
  }

  boolean canHoldTopics() {
    return test.canHoldTopics();
  }

  List<Question> unholdableQuestions() {
    return test.unholdableQuestions();
  }

  List<BrokenDocument> brokenDocuments() {
    return test.brokenDocuments();
  }

  boolean streamsLazily() {
    return test.streamsLazily();
  }

  QuestionBank sampleBank() {
    return test.sampleBank();
  }

  void checkStructure(WrittenDocument document) throws Exception {
    test.checkStructure(document);
  }

  /** Whether the test overrides {@link FormatContractTest#checkStructure(WrittenDocument)}. */
  boolean checksStructure() {
    for (Class<?> c = test.getClass(); c != FormatContractTest.class; c = c.getSuperclass()) {
      try {
        c.getDeclaredMethod("checkStructure", WrittenDocument.class);
        return true;
      } catch (NoSuchMethodException e) {
        // not here; look at the superclass
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- what the groups share

  FormatReader reader() {
    Optional<FormatReader> reader = format().reader();
    assumeTrue(reader.isPresent(), "the format does not read");
    return reader.get();
  }

  FormatWriter writer() {
    Optional<FormatWriter> writer = format().writer();
    assumeTrue(writer.isPresent(), "the format does not write");
    return writer.get();
  }

  void assumeLossless() {
    assumeTrue(format().reader().isPresent() && format().writer().isPresent(), "the format does not both read and write");
    assumeTrue(format().writer().get().isLossless(), "the format is a one-way export");
  }

  List<Question> holdableQuestions() {
    List<Question> questions = sampleBank().questions().stream().filter(this::canHold).collect(Collectors.toList());
    assumeTrue(!questions.isEmpty(), "the format can hold none of the sample questions");
    return questions;
  }

  List<Question> unholdable() {
    List<Question> questions = sampleBank().questions().stream().filter(q -> !canHold(q)).collect(Collectors.toList());
    questions.addAll(unholdableQuestions());
    return questions;
  }

  /** The sample bank less the questions the format cannot hold, and without links from topics to them. */
  QuestionBank holdableBank() {
    List<Question> questions = holdableQuestions();
    Set<String> ids = questions.stream().map(Question::id).collect(Collectors.toSet());
    List<Topic> topics = !canHoldTopics() ? List.of() : sampleBank().topics().stream()
        .map(t -> t.withRelatedQuestions(t.relatedQuestions().stream().filter(ids::contains).collect(Collectors.toList())))
        .collect(Collectors.toList());
    return QuestionBank.builder().addAllQuestions(questions).addAllTopics(topics).build();
  }

  byte[] bytesOf(Question question) throws IOException {
    return bytesOf(writer(), question);
  }

  static byte[] bytesOf(FormatWriter writer, Question question) throws IOException {
    Tracking.Output out = new Tracking.Output();
    writer.writeQuestion(question, out);
    return out.toByteArray();
  }

  static byte[] bytesOf(FormatWriter writer, QuestionBank bank) throws IOException {
    Tracking.Output out = new Tracking.Output();
    writer.writeBank(bank, out);
    return out.toByteArray();
  }

  byte[] viaSink(List<Question> questions) throws IOException {
    return viaSink(writer(), questions);
  }

  static byte[] viaSink(FormatWriter writer, List<Question> questions) throws IOException {
    Tracking.Output out = new Tracking.Output();
    try (QuestionSink sink = writer.openSink(out)) {
      for (Question question : questions) {
        sink.write(question);
      }
    }
    return out.toByteArray();
  }

  List<Question> readStream(byte[] bytes, String name) throws IOException {
    List<Question> read = new ArrayList<>();
    try (QuestionStream stream = reader().streamQuestions(new Tracking.Input(bytes), ReadOptions.named(name))) {
      while (stream.hasNext()) {
        read.add(stream.next());
      }
    }
    return read;
  }

  static void assertSameModel(Object actual, Object expected, String what) {
    // Name the paths that differ, read through public accessors so that it works on the module
    // path too; equals() then makes sure.
    List<String> differences = ModelDiff.differences(actual, expected);
    if (!differences.isEmpty()) {
      fail(what + " differs at " + String.join("; ", differences));
    }
    assertThat(actual).as(what).isEqualTo(expected);
  }

  static void assertLocated(FormatException e, BrokenDocument document) {
    assertThat(e.problems()).as("problems of %s", document.name()).isNotEmpty();
    for (FormatProblem problem : e.problems()) {
      assertThat(problem.location().source()).as("source named by problem '%s'", problem).isEqualTo(document.name());
      assertThat(problem.location().line().isPresent() || problem.location().pointer().isPresent())
          .as("problem '%s' has a line or a pointer", problem).isTrue();
      assertThat(problem.message()).as("message of problem at %s", problem.location()).isNotBlank();
    }
  }

  /** A read that must fail. */
  interface Read {
    void run() throws IOException;
  }

  static FormatException expectFormatException(Read read, String what) {
    try {
      read.run();
    } catch (FormatException e) {
      return e;
    } catch (IOException | RuntimeException e) {
      throw new AssertionError(what + " threw " + e + "; expected a FormatException with located problems", e);
    }
    return fail(what + " succeeded; expected a FormatException");
  }

  static String text(byte[] bytes) {
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
