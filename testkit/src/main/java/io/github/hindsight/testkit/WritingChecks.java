package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hindsight.model.Problem;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.ValidationReport;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.spi.support.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The checks of writing: round trips for lossless formats, something for each sample from
 * exports, the same bytes every time, and refusals that leave nothing written.
 */
final class WritingChecks extends Checks {
  WritingChecks(FormatContractTest test) {
    super(test);
  }

  void roundTripsEachSampleQuestionExactly() throws IOException {
    assumeLossless();
    for (Question question : holdableQuestions()) {
      byte[] written = bytesOf(question);
      Question read = reader().readQuestion(new Tracking.Input(written), ReadOptions.named(question.id()));
      assertSameModel(read, question, "question '" + question.id() + "' after a round trip");
    }
  }

  void roundTripsTheSampleBankExactly() throws IOException {
    assumeLossless();
    QuestionBank bank = holdableBank();
    Tracking.Output out = new Tracking.Output();
    writer().writeBank(bank, out);
    QuestionBank read = reader().readBank(new Tracking.Input(out.toByteArray()), ReadOptions.named("sample-bank"));
    assertSameModel(read, bank, "the sample bank after a round trip");
  }

  void roundTripsAStreamOfQuestionsExactly() throws IOException {
    assumeLossless();
    List<Question> questions = holdableQuestions();
    List<Question> read = readStream(viaSink(questions), "sample-stream");
    assertSameModel(read, questions, "questions streamed back");
  }

  void rewritesWhatItReadByteForByte() throws IOException {
    assumeLossless();
    for (Question question : holdableQuestions()) {
      byte[] first = bytesOf(question);
      Question read = reader().readQuestion(new Tracking.Input(first), ReadOptions.named(question.id()));
      assertThat(text(bytesOf(read))).as("question '%s' written, read and written again", question.id()).isEqualTo(text(first));
    }
  }

  void exportsSomethingForEverySample() throws IOException {
    FormatWriter writer = writer();
    assumeTrue(!writer.isLossless(), "the format is lossless: the round-trip tests apply instead");
    for (Question question : holdableQuestions()) {
      assertThat(bytesOf(question)).as("export of question '%s'", question.id()).isNotEmpty();
    }
    Tracking.Output bank = new Tracking.Output();
    writer.writeBank(holdableBank(), bank);
    assertThat(bank.toByteArray()).as("export of the sample bank").isNotEmpty();
    assertThat(viaSink(holdableQuestions())).as("export through a sink").isNotEmpty();
  }

  void writesTheSameBytesEveryTime() throws IOException {
    writer();
    for (Question question : holdableQuestions()) {
      assertThat(text(bytesOf(question))).as("question '%s' written twice", question.id()).isEqualTo(text(bytesOf(question)));
    }
    Tracking.Output first = new Tracking.Output();
    writer().writeBank(holdableBank(), first);
    Tracking.Output second = new Tracking.Output();
    writer().writeBank(holdableBank(), second);
    assertThat(text(second.toByteArray())).as("the sample bank written twice").isEqualTo(text(first.toByteArray()));
    assertThat(text(viaSink(holdableQuestions()))).as("a stream written twice").isEqualTo(text(viaSink(holdableQuestions())));
  }

  void refusesWhatItCannotHoldWithoutWriting() throws IOException {
    FormatWriter writer = writer();
    List<Question> unholdable = unholdable();
    assumeTrue(!unholdable.isEmpty(), "the format can hold every sample question and no unholdable question was given");
    for (Question question : unholdable) {
      Tracking.Output out = new Tracking.Output();
      assertThatThrownBy(() -> writer.writeQuestion(question, out))
          .as("writing question '%s', which the format cannot hold", question.id())
          .isInstanceOf(FormatException.class);
      assertThat(out.size()).as("bytes written before refusing question '%s'", question.id()).isZero();

      Tracking.Output bankOut = new Tracking.Output();
      QuestionBank bank = QuestionBank.builder()
          .addAllQuestions(holdableQuestions().stream().filter(q -> !q.id().equals(question.id())).collect(Collectors.toList()))
          .addQuestion(question)
          .build();
      assertThatThrownBy(() -> writer.writeBank(bank, bankOut))
          .as("writing a bank with question '%s', which the format cannot hold", question.id())
          .isInstanceOf(FormatException.class);
      assertThat(bankOut.size()).as("bytes written before refusing a bank with question '%s'", question.id()).isZero();

      assertSinkRefusesWithoutWriting(writer, question, "which the format cannot hold");
    }
  }

  /**
   * A sink refuses a question without writing a byte for it, and closed after the refusal
   * finishes the same document as a sink that was never given it: no header written on the way
   * to a refusal, no half-written entry.
   */
  private void assertSinkRefusesWithoutWriting(FormatWriter writer, Question question, String why) throws IOException {
    Tracking.Output out = new Tracking.Output();
    QuestionSink sink = writer.openSink(out);
    int before = out.size();
    assertThatThrownBy(() -> sink.write(question))
        .as("a sink given question '%s', %s", question.id(), why)
        .isInstanceOf(FormatException.class);
    assertThat(out.size()).as("bytes a sink wrote before refusing question '%s', %s", question.id(), why).isEqualTo(before);
    sink.close();
    assertThat(text(out.toByteArray()))
        .as("what a sink wrote when closed after refusing question '%s'; expected what an empty sink writes", question.id())
        .isEqualTo(text(viaSink(List.of())));
  }

  void writtenDocumentsHaveTheirStructure() throws Exception {
    assumeTrue(checksStructure(), "the test does not override checkStructure(WrittenDocument)");
    FormatWriter writer = writer();
    List<Question> questions = holdableQuestions();
    List<WrittenDocument> documents = new java.util.ArrayList<>();
    for (Question question : questions) {
      documents.add(new WrittenDocument(WrittenDocument.Path.QUESTION, bytesOf(question), List.of(question), List.of()));
    }
    QuestionBank bank = holdableBank();
    Tracking.Output bankOut = new Tracking.Output();
    writer.writeBank(bank, bankOut);
    documents.add(new WrittenDocument(WrittenDocument.Path.BANK, bankOut.toByteArray(), bank.questions(), bank.topics()));
    for (List<Question> some : List.of(questions, questions.subList(0, 1), List.<Question>of())) {
      documents.add(new WrittenDocument(WrittenDocument.Path.SINK, viaSink(some), some, List.of()));
    }
    for (WrittenDocument document : documents) {
      try {
        checkStructure(document);
      } catch (AssertionError | Exception e) {
        throw new AssertionError("the structure of a document written by " + document + " (" + document.questions().stream()
            .map(Question::id).collect(Collectors.joining(", ")) + "): " + e.getMessage(), e);
      }
    }
  }

  void refusesTopicsItCannotHoldWithoutWriting() throws IOException {
    assumeTrue(!canHoldTopics(), "the format can hold topics");
    QuestionBank bank = QuestionBank.builder().addAllQuestions(sampleBank().questions()).addAllTopics(sampleBank().topics()).build();
    assumeTrue(!bank.topics().isEmpty(), "the sample bank has no topics");
    QuestionBank holdable = holdableBank().withTopics(bank.topics().stream()
        .map(t -> t.withRelatedQuestions(List.of())).collect(Collectors.toList()));
    Tracking.Output out = new Tracking.Output();
    assertThatThrownBy(() -> writer().writeBank(holdable, out))
        .as("writing a bank with topics, which the format cannot hold")
        .isInstanceOf(FormatException.class);
    assertThat(out.size()).as("bytes written before refusing a bank with topics").isZero();
  }

  void refusesInvalidModelsWithoutWriting(Path folder) throws IOException {
    FormatWriter writer = writer();
    Question question = SampleBank.danglingActor();
    QuestionBank withQuestion = QuestionBank.builder().addQuestion(question).build();
    QuestionBank links = SampleBank.danglingLinks();

    Tracking.Output out = new Tracking.Output();
    assertRefusedAsInvalid(() -> writer.writeQuestion(question, out), question.validate(), "writeQuestion of " + question.id());
    assertThat(out.size()).as("bytes written before refusing the invalid question '%s'", question.id()).isZero();
    for (QuestionBank bank : List.of(withQuestion, links)) {
      Tracking.Output bankOut = new Tracking.Output();
      assertRefusedAsInvalid(() -> writer.writeBank(bank, bankOut), bank.validate(), "writeBank of " + bank);
      assertThat(bankOut.size()).as("bytes written before refusing the invalid bank %s", bank).isZero();
    }
    Tracking.Output sinkOut = new Tracking.Output();
    try (QuestionSink sink = writer.openSink(sinkOut)) {
      int before = sinkOut.size();
      assertRefusedAsInvalid(() -> sink.write(question), question.validate(), "a sink given " + question.id());
      assertThat(sinkOut.size()).as("bytes a sink wrote before refusing the invalid question '%s'", question.id()).isEqualTo(before);
    }
    assertSinkRefusesWithoutWriting(writer, question, "which fails validation");

    Path file = folder.resolve("invalid." + format().extensions().stream().findFirst().orElse("out"));
    assertThatThrownBy(() -> AtomicFiles.write(file, stream -> writer.writeQuestion(question, stream))).isInstanceOf(FormatException.class);
    assertThatThrownBy(() -> AtomicFiles.write(file, stream -> writer.writeBank(links, stream))).isInstanceOf(FormatException.class);
    assertThat(listing(folder)).as("files left after refusing to write invalid models").isEmpty();
  }

  private static void assertRefusedAsInvalid(Read write, ValidationReport report, String what) {
    assertThat(report.isValid()).as("the sample for %s is invalid", what).isFalse();
    FormatException e = expectFormatException(write, what + ", which fails validation");
    List<String> messages = e.problems().stream().map(FormatProblem::message).collect(Collectors.toList());
    assertThat(messages).as("problems of %s; expected every error of validate(), as a reader reports them", what)
        .containsAll(report.errors().stream().map(Problem::message).collect(Collectors.toList()));
  }

  void leavesNoFileBehindWhenRefused(Path folder) throws IOException {
    List<Question> unholdable = unholdable();
    assumeTrue(!unholdable.isEmpty(), "the format can hold every sample question and no unholdable question was given");
    FormatWriter writer = writer();
    Path file = folder.resolve("refused." + format().extensions().stream().findFirst().orElse("out"));
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> writer.writeQuestion(unholdable.get(0), out))).isInstanceOf(FormatException.class);
    assertThat(listing(folder)).as("files left after a refused write").isEmpty();

    Files.write(file, new byte[] {'k', 'e', 'e', 'p'});
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> writer.writeQuestion(unholdable.get(0), out))).isInstanceOf(FormatException.class);
    assertThat(Files.readAllBytes(file)).as("existing file after a refused write").containsExactly('k', 'e', 'e', 'p');
    assertThat(listing(folder)).containsExactly(file.getFileName().toString());
  }
}
