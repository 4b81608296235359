package io.github.hindsight.testkit;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.support.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every format plugin must meet, as JUnit 5 tests to inherit. A plugin's test class
 * extends it and returns its format:
 *
 * <pre>{@code
 * class CsvFormatContractTest extends FormatContractTest {
 *   @Override
 *   protected FormatProvider format() {
 *     return new CsvFormat();
 *   }
 *
 *   @Override
 *   protected List<BrokenDocument> brokenDocuments() {
 *     return List.of(BrokenDocument.of("no-header.csv", "cuba,Who won?\n").at(1, 1));
 *   }
 * }
 * }</pre>
 *
 * <p>What is checked depends on what the format declares. A format that both reads and writes and
 * is {@linkplain FormatWriter#isLossless() lossless} must give back exactly the questions of
 * {@link #sampleBank()} that it {@linkplain #canHold(Question) can hold}, one at a time, as a
 * bank and as a stream. A one-way export must write something for each, and the same bytes every
 * time. Every writer must refuse what it cannot hold, and what fails validation, without writing
 * a byte; every reader must
 * refuse the {@linkplain #brokenDocuments() broken documents} with a {@link FormatException}
 * whose problems carry a location. Every method must refuse {@code null} at once, naming the
 * parameter. No format may close the caller's streams, and one instance must work from many
 * threads at once.
 *
 * <p>A test that does not apply to the format (round trips for a write-only format, say) is
 * skipped with a reason, never passed vacuously.
 */
public abstract class FormatContractTest {
  /** For subclasses. */
  protected FormatContractTest() {}

  /**
   * The format under test. Called once for each test; it may return the same instance each time.
   *
   * @return the format
   */
  protected abstract FormatProvider format();

  /**
   * Whether the format can hold a question. Questions it cannot hold are left out of round trips
   * and must be refused by the writer. By default every question can be held.
   *
   * @param question a question of {@link #sampleBank()}
   * @return true if writing it must succeed
   */
  protected boolean canHold(Question question) {
    return true;
  }

  /**
   * Whether the format can hold a bank's topics. A format that cannot must refuse a bank with
   * topics rather than drop them, and the round trips then use banks without topics. The default
   * is true.
   *
   * @return true if the format keeps topics
   */
  protected boolean canHoldTopics() {
    return true;
  }

  /**
   * More questions the writer must refuse with a {@link FormatException}, besides those of the
   * sample bank that {@link #canHold(Question)} rejects.
   *
   * @return the questions; none by default
   */
  protected List<Question> unholdableQuestions() {
    return List.of();
  }

  /**
   * Documents the reader must refuse, each with where the problem is expected. Required for a
   * format that reads: the contract fails until at least one is given.
   *
   * @return the documents
   */
  protected List<BrokenDocument> brokenDocuments() {
    return List.of();
  }

  /**
   * Whether {@link FormatReader#streamQuestions} reads a document a question at a time, as the SPI
   * asks so that large corpora need not sit in memory. A format that cannot (one whose parser
   * needs the whole document) returns false and the check is skipped.
   *
   * @return true unless overridden
   */
  protected boolean streamsLazily() {
    return true;
  }

  /**
   * Checks the structure of a document the writer wrote, for a format that knows what its output
   * must look like: that its brackets close, that it parses with the target tool's own parser,
   * that it has one entry per question. {@link #writtenDocumentsHaveTheirStructure()} calls it for
   * every path a document can be written by: each sample question alone, the sample bank, a sink
   * given every sample question, a sink given one, and a sink given none. Throw an
   * {@link AssertionError} (an AssertJ assertion, say) naming what is wrong. Not overridden, the
   * check is skipped.
   *
   * @param document what was written, with the questions it was written from
   * @throws Exception if the document cannot be parsed, or to fail the check
   */
  protected void checkStructure(WrittenDocument document) throws Exception {
    // Not overridden: writtenDocumentsHaveTheirStructure() sees that and skips.
  }

  /**
   * The questions and topics to try the format on.
   *
   * @return {@link SampleBank#bank()} unless overridden
   */
  protected QuestionBank sampleBank() {
    return SampleBank.bank();
  }
  // ---------------------------------------------------------------- what the format declares

  /** The id, display name, media type and extensions are well formed, and it reads or writes. */
  @Test
  public void describesItselfValidly() {
    new DeclarationChecks(this).describesItselfValidly();
  }

  /**
   * The provider is named in the {@code META-INF/services} file beside its class, read as it is
   * (on the module path a {@code ServiceLoader} would be satisfied by {@code provides} alone), and
   * is public with a public no-argument constructor, so that the class path finds it.
   *
   * @throws IOException if the file cannot be read
   */
  @Test
  public void isListedForTheClassPath() throws IOException {
    new DeclarationChecks(this).isListedForTheClassPath();
  }

  /**
   * If the plugin's classes carry a {@code module-info}, it declares {@code provides
   * io.github.hindsight.spi.FormatProvider with} the provider. Skipped when there is no
   * module-info, as when tests run from a folder of classes without one.
   *
   * @throws IOException if the module descriptor cannot be read
   */
  @Test
  public void isDeclaredForTheModulePath() throws IOException {
    new DeclarationChecks(this).isDeclaredForTheModulePath();
  }

  // ---------------------------------------------------------------- round trips

  /**
   * Each sample question the format can hold is read back equal to what was written.
   *
   * @throws IOException if the format fails to read or write
   */
  @Test
  public void roundTripsEachSampleQuestionExactly() throws IOException {
    new WritingChecks(this).roundTripsEachSampleQuestionExactly();
  }

  /**
   * The sample bank, less what the format cannot hold, is read back equal to what was written.
   *
   * @throws IOException if the format fails to read or write
   */
  @Test
  public void roundTripsTheSampleBankExactly() throws IOException {
    new WritingChecks(this).roundTripsTheSampleBankExactly();
  }

  /**
   * Questions written one at a time through a sink are streamed back one at a time, equal and in
   * order.
   *
   * @throws IOException if the format fails to read or write
   */
  @Test
  public void roundTripsAStreamOfQuestionsExactly() throws IOException {
    new WritingChecks(this).roundTripsAStreamOfQuestionsExactly();
  }

  /**
   * Writing what was read gives the very bytes that were read: the format has one way of writing
   * each question, so files do not churn when rewritten.
   *
   * @throws IOException if the format fails to read or write
   */
  @Test
  public void rewritesWhatItReadByteForByte() throws IOException {
    new WritingChecks(this).rewritesWhatItReadByteForByte();
  }

  // ---------------------------------------------------------------- writing

  /**
   * A one-way export writes something for every sample question, for the bank and through a sink.
   *
   * @throws IOException if the format fails to write
   */
  @Test
  public void exportsSomethingForEverySample() throws IOException {
    new WritingChecks(this).exportsSomethingForEverySample();
  }

  /**
   * Every document the writer writes, by each of its paths, passes the format's own
   * {@link #checkStructure(WrittenDocument)}. Skipped when that is not overridden.
   *
   * @throws Exception if the format fails to write, or the check fails
   */
  @Test
  public void writtenDocumentsHaveTheirStructure() throws Exception {
    new WritingChecks(this).writtenDocumentsHaveTheirStructure();
  }

  /**
   * Writing the same question, bank or stream twice gives the same bytes.
   *
   * @throws IOException if the format fails to write
   */
  @Test
  public void writesTheSameBytesEveryTime() throws IOException {
    new WritingChecks(this).writesTheSameBytesEveryTime();
  }

  /**
   * What the format cannot hold is refused with a {@link FormatException} before a single byte is
   * written, whether alone or in a bank; a sink refuses it too. Skipped when the format can hold
   * everything.
   *
   * @throws IOException if the format fails to write
   */
  @Test
  public void refusesWhatItCannotHoldWithoutWriting() throws IOException {
    new WritingChecks(this).refusesWhatItCannotHoldWithoutWriting();
  }

  /**
   * A format that cannot hold topics refuses a bank with topics with a {@link FormatException}
   * before a single byte is written, instead of dropping them. Skipped when it can hold them.
   *
   * @throws IOException if the format fails to write
   */
  @Test
  public void refusesTopicsItCannotHoldWithoutWriting() throws IOException {
    new WritingChecks(this).refusesTopicsItCannotHoldWithoutWriting();
  }

  /**
   * What fails validation is refused, by exports too, with a {@link FormatException} carrying the
   * errors {@code validate()} reports, before a byte is written: {@link SampleBank#danglingActor()}
   * alone, in a bank and through a sink, and the broken links of
   * {@link SampleBank#danglingLinks()}. Through the facade no file is left.
   *
   * @param folder an empty folder
   * @throws IOException if the format fails to write
   */
  @Test
  public void refusesInvalidModelsWithoutWriting(@TempDir Path folder) throws IOException {
    new WritingChecks(this).refusesInvalidModelsWithoutWriting(folder);
  }

  /**
   * Written through {@link AtomicFiles}, as the facade and the command line write, a refused
   * question leaves no file and no temporary file behind, and an existing file keeps its content.
   *
   * @param folder an empty folder
   * @throws IOException if the folder cannot be used
   */
  @Test
  public void leavesNoFileBehindWhenRefused(@TempDir Path folder) throws IOException {
    new WritingChecks(this).leavesNoFileBehindWhenRefused(folder);
  }

  // ---------------------------------------------------------------- reading bad input

  /**
   * Each broken document is refused by {@code readQuestion}, {@code readBank} and
   * {@code streamQuestions} with a {@link FormatException}; every problem names the document and
   * has a line or a pointer, and one is where the document says.
   *
   * @throws IOException if the format fails to read
   */
  @Test
  public void reportsBrokenDocumentsWithTheirLocation() throws IOException {
    new ReadingChecks(this).reportsBrokenDocumentsWithTheirLocation();
  }

  /**
   * An empty document is refused with a located {@link FormatException}.
   *
   * @throws IOException if the format fails to read
   */
  @Test
  public void refusesAnEmptyDocument() throws IOException {
    new ReadingChecks(this).refusesAnEmptyDocument();
  }

  /**
   * Documents damaged at random (bytes cut, repeated or replaced by punctuation) either read as a
   * valid question or are refused with a located {@link FormatException}; no other exception
   * escapes. The damage is seeded, so a failure repeats.
   *
   * @throws IOException if the format fails to read
   */
  @Test
  public void answersDamagedDocumentsOnlyWithFormatException() throws IOException {
    new ReadingChecks(this).answersDamagedDocumentsOnlyWithFormatException();
  }

  // ---------------------------------------------------------------- null arguments

  /**
   * Every method of the reader, of the writer and of a sink refuses {@code null} for each of its
   * arguments at once, with a {@link NullPointerException} whose message names the parameter
   * ({@code in}, {@code options}, {@code question}, {@code bank} or {@code out}), before it reads
   * or writes a byte. The JVM's own message for a dereference does not count: the argument must
   * be refused, not stumbled over.
   *
   * @throws IOException if the format fails to open a sink
   */
  @Test
  public void refusesNullArguments() throws IOException {
    new ReadingChecks(this).refusesNullArguments();
  }

  // ---------------------------------------------------------------- streams and threads

  /**
   * Writers leave the caller's stream open, as the SPI says; closing a sink does not close it
   * either.
   *
   * @throws IOException if the format fails to write
   */
  @Test
  public void writersLeaveTheCallersStreamOpen() throws IOException {
    new StreamChecks(this).writersLeaveTheCallersStreamOpen();
  }

  /**
   * Readers leave the caller's stream open, as the SPI says; closing a question stream does not
   * close it either.
   *
   * @throws IOException if the format fails to read or write
   */
  @Test
  public void readersLeaveTheCallersStreamOpen() throws IOException {
    new StreamChecks(this).readersLeaveTheCallersStreamOpen();
  }

  /**
   * Streaming the first question of a long document (at least a mebibyte, or 4,000 questions)
   * reads less than half of it: the reader does not load the whole corpus before the first
   * question. Skipped when {@link #streamsLazily()} is false.
   *
   * @throws IOException if the format fails to read or write
   */
  @Test
  public void streamsWithoutReadingTheWholeDocument() throws IOException {
    new StreamChecks(this).streamsWithoutReadingTheWholeDocument();
  }

  /**
   * A question stream answers {@code hasNext} the same however often it is asked, throws
   * {@link NoSuchElementException} past the end, and may be closed twice.
   *
   * @throws IOException if the format fails to read or write
   */
  @Test
  public void questionStreamsFollowTheirContract() throws IOException {
    new StreamChecks(this).questionStreamsFollowTheirContract();
  }

  /**
   * One instance of the format, used from eight threads for 2,400 tasks at once (each sample
   * question written alone and now and then read back, the bank written, the questions written
   * through a sink), gives in every task what one thread gave: a writer that keeps state between
   * calls fails here. A read-only format reads its broken documents instead.
   *
   * @throws Exception if a task fails
   */
  @Test
  public void isSafeToUseFromManyThreads() throws Exception {
    new StreamChecks(this).isSafeToUseFromManyThreads();
  }
}
