package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.Location;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * A testkit that cannot fail is worthless: each format here breaks one rule of the SPI, and the
 * contract must catch exactly that.
 */
class ContractCatchesBrokenFormatsTest {

  /** Runs a contract class and returns each failed test with its failure message. */
  private static Map<String, String> failures(Class<?> contract) {
    Map<String, String> failed = new TreeMap<>();
    List<Event> events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute()
        .testEvents().failed().list();
    for (Event event : events) {
      String method = event.getTestDescriptor().getSource().map(s -> ((MethodSource) s).getMethodName()).orElse("?");
      String message = event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
          .map(String::valueOf).orElse("");
      failed.put(method, message);
    }
    return failed;
  }

  @Test
  void theCorrectFormatPassesEverything() {
    assertThat(failures(MemoFormatContractTest.class)).isEmpty();
  }

  @Test
  void catchesAFormatThatDropsPartOfEachOutcome() {
    Map<String, String> failed = failures(DropsOutcomeDetailContract.class);

    assertThat(failed).containsOnlyKeys("roundTripsEachSampleQuestionExactly", "roundTripsTheSampleBankExactly",
        "roundTripsAStreamOfQuestionsExactly", "questionStreamsFollowTheirContract", "isSafeToUseFromManyThreads",
        "streamsWithoutReadingTheWholeDocument");
    // The comparison, attribute by attribute, points at what was lost.
    assertThat(failed.get("roundTripsEachSampleQuestionExactly")).contains("cuban-missile-crisis-who-won").contains("outcome.rationale");
  }

  @Test
  void catchesAReaderThatThrowsTheWrongException() {
    Map<String, String> failed = failures(WrongExceptionContract.class);

    assertThat(failed).containsOnlyKeys("reportsBrokenDocumentsWithTheirLocation", "answersDamagedDocumentsOnlyWithFormatException");
    assertThat(failed.get("reportsBrokenDocumentsWithTheirLocation"))
        .contains("IllegalArgumentException").contains("expected a FormatException");
  }

  @Test
  void catchesProblemsWithoutALocation() {
    Map<String, String> failed = failures(NoLocationContract.class);

    assertThat(failed).containsKeys("reportsBrokenDocumentsWithTheirLocation", "refusesAnEmptyDocument");
    assertThat(failed.get("refusesAnEmptyDocument")).contains("has a line or a pointer");
  }

  @Test
  void catchesAWriterThatWritesBeforeRefusing() {
    Map<String, String> failed = failures(WritesBeforeRefusingContract.class);

    // Through the facade the half-written output never reaches a file, so that test still passes.
    // Given null, it writes the header before refusing that too.
    assertThat(failed).containsOnlyKeys("refusesWhatItCannotHoldWithoutWriting", "refusesInvalidModelsWithoutWriting",
        "refusesNullArguments");
    assertThat(failed.get("refusesWhatItCannotHoldWithoutWriting")).contains("bytes written before refusing");
  }

  @Test
  void catchesAWriterThatHoldsWhatItShouldRefuse() {
    Map<String, String> failed = failures(SilentlyDropsContract.class);

    assertThat(failed).containsOnlyKeys("refusesWhatItCannotHoldWithoutWriting", "leavesNoFileBehindWhenRefused");
  }

  @Test
  void catchesAWriterThatWritesWhatFailsValidation() {
    Map<String, String> failed = failures(WritesInvalidContract.class);

    // The facade checks the question itself, so only the writer's own methods are caught.
    assertThat(failed).containsOnlyKeys("refusesInvalidModelsWithoutWriting");
    assertThat(failed.get("refusesInvalidModelsWithoutWriting"))
        .contains("writeQuestion of dangling-actor, which fails validation succeeded; expected a FormatException");
  }

  @Test
  void catchesAWriterThatClosesTheCallersStream() {
    Map<String, String> failed = failures(ClosesOutputContract.class);

    assertThat(failed).containsOnlyKeys("writersLeaveTheCallersStreamOpen");
    assertThat(failed.get("writersLeaveTheCallersStreamOpen")).contains("output closed by writeQuestion");
  }

  @Test
  void catchesAnExportThatChangesEveryTime() {
    Map<String, String> failed = failures(UnstableExportContract.class);

    assertThat(failed).containsOnlyKeys("writesTheSameBytesEveryTime", "isSafeToUseFromManyThreads");
  }

  @Test
  void catchesAReaderThatLoadsTheWholeDocumentBeforeStreaming() {
    Map<String, String> failed = failures(EagerStreamContract.class);

    // It reads the whole document before anything else, so it also reads before refusing null options.
    assertThat(failed).containsOnlyKeys("streamsWithoutReadingTheWholeDocument", "refusesNullArguments");
    assertThat(failed.get("streamsWithoutReadingTheWholeDocument")).contains("override streamsLazily()");
  }

  @Test
  void catchesAFormatThatLetsNullThrough() {
    Map<String, String> failed = failures(LetsNullThroughContract.class);

    assertThat(failed).containsOnlyKeys("refusesNullArguments");
    assertThat(failed.get("refusesNullArguments")).contains("readQuestion given null for 'in'")
        .contains("expected it refused at once, as Objects.requireNonNull(in, \"in\") does");
  }

  @Test
  void catchesAReaderWithoutBrokenDocuments() {
    assertThat(failures(NoBrokenDocumentsContract.class)).containsOnlyKeys("reportsBrokenDocumentsWithTheirLocation");
  }

  @Test
  void correctExportsPassEverythingWhetherWrittenByHandOrOnTheBase() {
    assertThat(failures(BracketExportContractTest.class)).isEmpty();
    assertThat(failures(PromptListExportContractTest.class)).isEmpty();
  }

  @Test
  void catchesASinkThatWritesItsEntryAndThenRefuses() {
    Map<String, String> failed = failures(StartsEntryThenRefusesContract.class);

    assertThat(failed).containsOnlyKeys("refusesWhatItCannotHoldWithoutWriting", "refusesInvalidModelsWithoutWriting");
    assertThat(failed.get("refusesWhatItCannotHoldWithoutWriting")).contains("bytes a sink wrote before refusing question 'minimal'");
  }

  @Test
  void catchesAWriterThatSharesStateBetweenThreads() {
    Map<String, String> failed = failures(SharedBufferContract.class);

    assertThat(failed).containsOnlyKeys("isSafeToUseFromManyThreads");
    assertThat(failed.get("isSafeToUseFromManyThreads")).contains("disagreed with the same work done on one thread");
  }

  @Test
  void catchesAFormatWhoseServiceFileLeavesItOut() {
    // The file is read as it is: a ServiceLoader satisfied by other means would not do.
    Map<String, String> failed = failures(UnlistedContract.class);

    assertThat(failed).containsOnlyKeys("isListedForTheClassPath");
    assertThat(failed.get("isListedForTheClassPath")).contains("providers named in META-INF/services/io.github.hindsight.spi.FormatProvider")
        .contains(Unlisted.class.getName());
  }

  @Test
  void catchesAWriteOnlyFormatThatCallsItselfLossless() {
    Map<String, String> failed = failures(WriteOnlyClaimsLosslessContract.class);

    assertThat(failed).containsOnlyKeys("describesItselfValidly");
    assertThat(failed.get("describesItselfValidly")).contains("isLossless() must be false");
  }

  @Test
  void catchesASinkThatNeverClosesItsList() {
    Map<String, String> failed = failures(UnclosedSinkContract.class);

    assertThat(failed).containsOnlyKeys("writtenDocumentsHaveTheirStructure");
    assertThat(failed.get("writtenDocumentsHaveTheirStructure")).contains("SINK of").contains("the list");
  }

  // ------------------------------------------------------------------ the broken formats

  /** Keeps only the status and readings of each outcome, yet claims to be lossless. */
  public static final class DropsOutcomeDetail extends MemoFormat {
    @Override
    protected Question stored(Question question) {
      return question.withObjectives(question.objectives().stream()
          .map(o -> o.withOutcome(Outcome.builder().status(o.outcome().status()).readings(o.outcome().readings()).build()))
          .toList());
    }
  }

  /** Throws {@link IllegalArgumentException} for lines it does not know. */
  public static final class WrongException extends MemoFormat {
    @Override
    protected FormatProblem problem(String source, int line, int column, String message) {
      if (line > 1) {
        throw new IllegalArgumentException(message);
      }
      return super.problem(source, line, column, message);
    }
  }

  /** Names the document but not where in it. */
  public static final class NoLocation extends MemoFormat {
    @Override
    protected FormatProblem problem(String source, int line, int column, String message) {
      return FormatProblem.of(Location.builder().source(source).build(), message);
    }
  }

  /** Writes the header before checking the question. */
  public static final class WritesBeforeRefusing extends MemoFormat {
    @Override
    public void writeQuestion(Question question, OutputStream out) throws IOException {
      out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
      refuseInvalid(question);
      refuseUnholdable(List.of(question));
      out.write(("q " + remember(stored(question)) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Writes what it should refuse. */
  public static final class SilentlyDrops extends MemoFormat {
    @Override
    protected void refuseUnholdable(List<Question> questions) {}
  }

  /** Writes questions and banks that fail validation, which could then not be read back. */
  public static final class WritesInvalid extends MemoFormat {
    @Override
    protected void refuseInvalid(Question question) {}

    @Override
    protected void refuseInvalid(io.github.hindsight.model.QuestionBank bank) {}
  }

  /** Closes the caller's stream after writing. */
  public static final class ClosesOutput extends MemoFormat {
    @Override
    public void writeQuestion(Question question, OutputStream out) throws IOException {
      super.writeQuestion(question, out);
      out.close();
    }
  }

  /** An export that numbers each document it writes, across instances. */
  public static final class UnstableExport implements FormatProvider, FormatWriter {
    private static final AtomicInteger COUNT = new AtomicInteger();

    @Override public String id() { return "unstable"; }
    @Override public String displayName() { return "Unstable export"; }
    @Override public String mediaType() { return "text/plain"; }
    @Override public List<String> extensions() { return List.of("unstable"); }
    @Override public Optional<io.github.hindsight.spi.FormatReader> reader() { return Optional.empty(); }
    @Override public Optional<FormatWriter> writer() { return Optional.of(this); }
    @Override public boolean isLossless() { return false; }

    @Override
    public void writeQuestion(Question question, OutputStream out) throws IOException {
      Objects.requireNonNull(out, "out");
      FormatWriter.requireValid(question);
      out.write(("document " + COUNT.incrementAndGet() + ": " + question.prompt() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeBank(io.github.hindsight.model.QuestionBank bank, OutputStream out) throws IOException {
      Objects.requireNonNull(out, "out");
      FormatWriter.requireValid(bank);
      for (Question question : bank.questions()) {
        writeQuestion(question, out);
      }
    }

    @Override
    public QuestionSink openSink(OutputStream out) {
      Objects.requireNonNull(out, "out");
      return new QuestionSink() {
        @Override public void write(Question question) throws IOException { writeQuestion(question, out); }

        @Override public void close() {}
      };
    }
  }

  /** Reads the whole document before giving out the first question. */
  public static final class EagerStream extends MemoFormat {
    @Override
    public QuestionStream streamQuestions(InputStream in, ReadOptions options) throws IOException {
      return super.streamQuestions(new java.io.ByteArrayInputStream(in.readAllBytes()), options);
    }
  }

  /** Lets null arguments through, to fail on them somewhere inside. */
  public static final class LetsNullThrough extends MemoFormat {
    @Override
    protected void refuseNull(Object argument, String name) {}
  }

  /** A correct format that nobody listed in {@code META-INF/services}. */
  public static final class Unlisted extends MemoFormat {}

  /** Writes the start of a sink's entry before it checks the question. */
  public static final class StartsEntryThenRefuses extends MemoFormat {
    @Override
    public QuestionSink openSink(OutputStream out) throws IOException {
      QuestionSink sink = super.openSink(out);
      return new QuestionSink() {
        @Override
        public void write(Question question) throws IOException {
          refuseNull(question, "question");
          out.write("q ".getBytes(StandardCharsets.UTF_8));
          refuseInvalid(question);
          refuseUnholdable(List.of(question));
          out.write((remember(stored(question)) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() throws IOException {
          sink.close();
        }
      };
    }
  }

  /** Builds every document in one buffer kept between calls. */
  public static final class SharedBuffer extends MemoFormat {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public void writeQuestion(Question question, OutputStream out) throws IOException {
      refuseNull(question, "question");
      refuseNull(out, "out");
      refuseInvalid(question);
      refuseUnholdable(List.of(question));
      String text;
      // Each step is atomic, so the buffer is never corrupted; another call may come in between.
      synchronized (this) {
        buffer.setLength(0);
        buffer.append(HEADER).append('\n');
      }
      Thread.yield();
      synchronized (this) {
        buffer.append("q ").append(remember(stored(question))).append('\n');
        text = buffer.toString();
      }
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Writes only, yet says nothing is lost, so no check of its output would run. */
  public static final class WriteOnlyClaimsLossless extends BracketExport {
    @Override public String id() { return "lossless-claim"; }
    @Override public boolean isLossless() { return true; }
  }

  /** Forgets the closing bracket of a list written through a sink. */
  public static final class UnclosedSink extends BracketExport {
    @Override public String id() { return "unclosed"; }
    @Override protected void closeList(OutputStream out) {}
  }

  // ------------------------------------------------------------------ their contract tests

  /** The memo contract, for a given format. */
  abstract static class Memo extends FormatContractTest {
    @Override
    protected List<Question> unholdableQuestions() {
      return List.of(SampleBank.minimal().withTags(MemoFormat.REFUSED_TAG));
    }

    @Override
    protected List<BrokenDocument> brokenDocuments() {
      return List.of(BrokenDocument.of("unknown-line.memo", "memo 1\nquestion\n").at(2, 1));
    }
  }

  static final class DropsOutcomeDetailContract extends Memo {
    @Override protected FormatProvider format() { return new DropsOutcomeDetail(); }
  }

  static final class WrongExceptionContract extends Memo {
    @Override protected FormatProvider format() { return new WrongException(); }
  }

  static final class NoLocationContract extends Memo {
    @Override protected FormatProvider format() { return new NoLocation(); }
  }

  static final class WritesBeforeRefusingContract extends Memo {
    @Override protected FormatProvider format() { return new WritesBeforeRefusing(); }
  }

  static final class SilentlyDropsContract extends Memo {
    @Override protected FormatProvider format() { return new SilentlyDrops(); }
  }

  static final class WritesInvalidContract extends Memo {
    @Override protected FormatProvider format() { return new WritesInvalid(); }
  }

  static final class ClosesOutputContract extends Memo {
    @Override protected FormatProvider format() { return new ClosesOutput(); }
  }

  static final class UnstableExportContract extends Memo {
    @Override protected FormatProvider format() { return new UnstableExport(); }

    @Override protected List<Question> unholdableQuestions() { return List.of(); }
  }

  static final class EagerStreamContract extends Memo {
    @Override protected FormatProvider format() { return new EagerStream(); }
  }

  static final class LetsNullThroughContract extends Memo {
    @Override protected FormatProvider format() { return new LetsNullThrough(); }
  }

  static final class UnlistedContract extends Memo {
    @Override protected FormatProvider format() { return new Unlisted(); }
  }

  static final class StartsEntryThenRefusesContract extends Memo {
    @Override protected FormatProvider format() { return new StartsEntryThenRefuses(); }
  }

  static final class SharedBufferContract extends Memo {
    private final SharedBuffer format = new SharedBuffer();

    // One instance for every test, as an application keeps one.
    @Override protected FormatProvider format() { return format; }
  }

  static final class WriteOnlyClaimsLosslessContract extends FormatContractTest {
    @Override protected FormatProvider format() { return new WriteOnlyClaimsLossless(); }
  }

  static final class UnclosedSinkContract extends FormatContractTest {
    @Override protected FormatProvider format() { return new UnclosedSink(); }

    @Override protected void checkStructure(WrittenDocument document) { BracketExportContractTest.assertBracketed(document); }
  }

  static final class NoBrokenDocumentsContract extends Memo {
    @Override protected FormatProvider format() { return new MemoFormat(); }

    @Override protected List<BrokenDocument> brokenDocuments() { return List.of(); }
  }
}
