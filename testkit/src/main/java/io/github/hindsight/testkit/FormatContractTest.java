package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hindsight.model.Problem;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Topic;
import io.github.hindsight.model.ValidationReport;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.spi.support.AtomicFiles;
import io.github.hindsight.spi.support.FormatDescriptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
  private static final int THREADS = 4;
  private static final int TASKS_PER_THREAD = 6;
  private static final int DAMAGED_DOCUMENTS = 60;
  private static final int LONG_DOCUMENT_BYTES = 1 << 20;
  private static final int LONG_DOCUMENT_QUESTIONS = 4_000;
  private static final String SERVICE_FILE = "META-INF/services/" + FormatProvider.class.getName();

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
    FormatProvider format = format();
    assertThat(FormatDescriptions.problems(format)).as("what is wrong with how %s describes itself", format.getClass().getName()).isEmpty();
    assertThat(format.id()).as("id() asked twice").isEqualTo(format.id());
  }

  /** The provider is listed in {@code META-INF/services}, so that the class path finds it. */
  @Test
  public void isListedForTheClassPath() {
    Class<?> type = format().getClass();
    boolean listed = ServiceLoader.load(FormatProvider.class, type.getClassLoader()).stream().anyMatch(p -> p.type() == type);
    assertThat(listed)
        .as("%s must be named in %s (and have a public no-argument constructor)", type.getName(), SERVICE_FILE)
        .isTrue();
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
    Class<?> type = format().getClass();
    Optional<ModuleDescriptor> descriptor = type.getModule().isNamed()
        ? Optional.ofNullable(type.getModule().getDescriptor())
        : descriptorNextTo(type);
    assumeTrue(descriptor.isPresent(), "no module-info next to " + type.getName() + "; module-path registration not checked");
    Set<String> providers = descriptor.get().provides().stream()
        .filter(p -> p.service().equals(FormatProvider.class.getName()))
        .flatMap(p -> p.providers().stream())
        .collect(Collectors.toSet());
    assertThat(providers)
        .as("module %s must declare 'provides %s with %s'", descriptor.get().name(), FormatProvider.class.getName(), type.getName())
        .contains(type.getName());
  }

  private static Optional<ModuleDescriptor> descriptorNextTo(Class<?> type) throws IOException {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      return Optional.empty();
    }
    Path location;
    try {
      location = Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
    if (Files.isDirectory(location)) {
      Path info = location.resolve("module-info.class");
      if (!Files.exists(info)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(info)) {
        return Optional.of(ModuleDescriptor.read(in));
      }
    }
    try (ZipFile jar = new ZipFile(location.toFile())) {
      ZipEntry entry = jar.getEntry("module-info.class");
      if (entry == null) {
        return Optional.empty();
      }
      try (InputStream in = jar.getInputStream(entry)) {
        return Optional.of(ModuleDescriptor.read(in));
      }
    }
  }

  // ---------------------------------------------------------------- round trips

  /**
   * Each sample question the format can hold is read back equal to what was written.
   *
   * @throws IOException if the format fails to read or write
   */
  @Test
  public void roundTripsEachSampleQuestionExactly() throws IOException {
    assumeLossless();
    for (Question question : holdableQuestions()) {
      byte[] written = bytesOf(question);
      Question read = reader().readQuestion(new Tracking.Input(written), ReadOptions.named(question.id()));
      assertSameModel(read, question, "question '" + question.id() + "' after a round trip");
    }
  }

  /**
   * The sample bank, less what the format cannot hold, is read back equal to what was written.
   *
   * @throws IOException if the format fails to read or write
   */
  @Test
  public void roundTripsTheSampleBankExactly() throws IOException {
    assumeLossless();
    QuestionBank bank = holdableBank();
    Tracking.Output out = new Tracking.Output();
    writer().writeBank(bank, out);
    QuestionBank read = reader().readBank(new Tracking.Input(out.toByteArray()), ReadOptions.named("sample-bank"));
    assertSameModel(read, bank, "the sample bank after a round trip");
  }

  /**
   * Questions written one at a time through a sink are streamed back one at a time, equal and in
   * order.
   *
   * @throws IOException if the format fails to read or write
   */
  @Test
  public void roundTripsAStreamOfQuestionsExactly() throws IOException {
    assumeLossless();
    List<Question> questions = holdableQuestions();
    List<Question> read = readStream(viaSink(questions), "sample-stream");
    assertSameModel(read, questions, "questions streamed back");
  }

  /**
   * Writing what was read gives the very bytes that were read: the format has one way of writing
   * each question, so files do not churn when rewritten.
   *
   * @throws IOException if the format fails to read or write
   */
  @Test
  public void rewritesWhatItReadByteForByte() throws IOException {
    assumeLossless();
    for (Question question : holdableQuestions()) {
      byte[] first = bytesOf(question);
      Question read = reader().readQuestion(new Tracking.Input(first), ReadOptions.named(question.id()));
      assertThat(text(bytesOf(read))).as("question '%s' written, read and written again", question.id()).isEqualTo(text(first));
    }
  }

  // ---------------------------------------------------------------- writing

  /**
   * A one-way export writes something for every sample question, for the bank and through a sink.
   *
   * @throws IOException if the format fails to write
   */
  @Test
  public void exportsSomethingForEverySample() throws IOException {
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

  /**
   * Writing the same question, bank or stream twice gives the same bytes.
   *
   * @throws IOException if the format fails to write
   */
  @Test
  public void writesTheSameBytesEveryTime() throws IOException {
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

  /**
   * What the format cannot hold is refused with a {@link FormatException} before a single byte is
   * written, whether alone or in a bank; a sink refuses it too. Skipped when the format can hold
   * everything.
   *
   * @throws IOException if the format fails to write
   */
  @Test
  public void refusesWhatItCannotHoldWithoutWriting() throws IOException {
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

      try (QuestionSink sink = writer.openSink(new Tracking.Output())) {
        assertThatThrownBy(() -> sink.write(question))
            .as("a sink given question '%s', which the format cannot hold", question.id())
            .isInstanceOf(FormatException.class);
      }
    }
  }

  /**
   * A format that cannot hold topics refuses a bank with topics with a {@link FormatException}
   * before a single byte is written, instead of dropping them. Skipped when it can hold them.
   *
   * @throws IOException if the format fails to write
   */
  @Test
  public void refusesTopicsItCannotHoldWithoutWriting() throws IOException {
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

  /**
   * Written through {@link AtomicFiles}, as the facade and the command line write, a refused
   * question leaves no file and no temporary file behind, and an existing file keeps its content.
   *
   * @param folder an empty folder
   * @throws IOException if the folder cannot be used
   */
  @Test
  public void leavesNoFileBehindWhenRefused(@TempDir Path folder) throws IOException {
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
    FormatReader reader = reader();
    List<BrokenDocument> documents = brokenDocuments();
    assertThat(documents).as("brokenDocuments(): a format that reads must supply at least one broken document").isNotEmpty();
    for (BrokenDocument document : documents) {
      ReadOptions options = ReadOptions.named(document.name());
      FormatException e = expectFormatException(() -> reader.readQuestion(new Tracking.Input(document.content()), options),
          "readQuestion of " + document);
      assertLocated(e, document);
      if (document.hasExpectedLocation()) {
        assertThat(e.problems()).as("problems of %s", document).anySatisfy(p ->
            assertThat(document.expects(p.location())).as("%s is where %s expects it", p.location(), document).isTrue());
      }
      assertLocated(expectFormatException(() -> reader.readBank(new Tracking.Input(document.content()), options),
          "readBank of " + document), document);
      assertLocated(expectFormatException(() -> readStream(document.content(), document.name()),
          "streamQuestions of " + document), document);
    }
  }

  /**
   * An empty document is refused with a located {@link FormatException}.
   *
   * @throws IOException if the format fails to read
   */
  @Test
  public void refusesAnEmptyDocument() throws IOException {
    FormatReader reader = reader();
    BrokenDocument empty = BrokenDocument.of("empty-document", new byte[0]);
    assertLocated(expectFormatException(() -> reader.readQuestion(new Tracking.Input(new byte[0]), ReadOptions.named("empty-document")),
        "readQuestion of an empty document"), empty);
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
    FormatReader reader = reader();
    List<byte[]> originals = new ArrayList<>();
    if (format().writer().isPresent() && format().writer().get().isLossless()) {
      for (Question question : holdableQuestions()) {
        originals.add(bytesOf(question));
      }
    }
    brokenDocuments().forEach(d -> originals.add(d.content()));
    assumeTrue(!originals.isEmpty(), "no document to damage");
    Random random = new Random(1962);
    byte[] punctuation = "{}[]\"':,#*|<>-\n\t \\".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int i = 0; i < DAMAGED_DOCUMENTS; i++) {
      byte[] original = originals.get(i % originals.size());
      byte[] damaged = damage(original, random, punctuation);
      String name = "damaged-" + i;
      try {
        Question read = reader.readQuestion(new Tracking.Input(damaged), ReadOptions.named(name));
        assertThat(read.validate().isValid()).as("question read from %s is valid: %s", name, read.validate()).isTrue();
      } catch (FormatException e) {
        assertLocated(e, BrokenDocument.of(name, damaged));
      } catch (RuntimeException | IOException e) {
        throw new AssertionError("reading damaged document " + name + " threw " + e + " instead of a FormatException; document:\n"
            + text(damaged), e);
      }
    }
  }

  private static byte[] damage(byte[] original, Random random, byte[] punctuation) {
    if (original.length == 0) {
      return new byte[] {punctuation[random.nextInt(punctuation.length)]};
    }
    int at = random.nextInt(original.length);
    int length = 1 + random.nextInt(Math.min(40, original.length - at));
    switch (random.nextInt(4)) {
      case 0: {
        byte[] cut = new byte[original.length - length];
        System.arraycopy(original, 0, cut, 0, at);
        System.arraycopy(original, at + length, cut, at, original.length - at - length);
        return cut;
      }
      case 1: {
        byte[] repeated = new byte[original.length + length];
        System.arraycopy(original, 0, repeated, 0, at + length);
        System.arraycopy(original, at, repeated, at + length, original.length - at);
        return repeated;
      }
      case 2:
        return Arrays.copyOf(original, at);
      default: {
        byte[] replaced = original.clone();
        for (int i = at; i < at + Math.min(length, 3); i++) {
          replaced[i] = punctuation[random.nextInt(punctuation.length)];
        }
        return replaced;
      }
    }
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
    FormatProvider format = format();
    if (format.reader().isPresent()) {
      FormatReader reader = format.reader().get();
      Map<String, Reading> readings = new LinkedHashMap<>();
      readings.put("readQuestion", reader::readQuestion);
      readings.put("readBank", reader::readBank);
      readings.put("streamQuestions", reader::streamQuestions);
      readings.put("readBankPart", reader::readBankPart);
      readings.forEach((method, reading) -> {
        Tracking.Input in = new Tracking.Input("a document".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertRefusesNull(() -> reading.read(null, ReadOptions.named("null-in")), method, "in");
        assertRefusesNull(() -> reading.read(in, null), method, "options");
        assertThat(in.consumed()).as("bytes %s read before refusing null options", method).isZero();
      });
    }
    if (format.writer().isPresent()) {
      FormatWriter writer = format.writer().get();
      Question question = holdableQuestions().get(0);
      QuestionBank bank = holdableBank();
      Tracking.Output out = new Tracking.Output();
      assertRefusesNull(() -> writer.writeQuestion(null, out), "writeQuestion", "question");
      assertRefusesNull(() -> writer.writeQuestion(question, null), "writeQuestion", "out");
      assertRefusesNull(() -> writer.writeBank(null, out), "writeBank", "bank");
      assertRefusesNull(() -> writer.writeBank(bank, null), "writeBank", "out");
      assertRefusesNull(() -> writer.openSink(null), "openSink", "out");
      assertThat(out.size()).as("bytes written before refusing null").isZero();
      try (QuestionSink sink = writer.openSink(out)) {
        int before = out.size();
        assertRefusesNull(() -> sink.write(null), "a sink's write", "question");
        assertThat(out.size()).as("bytes a sink wrote before refusing null").isEqualTo(before);
      }
    }
  }

  /** A method of a reader, with its arguments. */
  private interface Reading {
    Object read(InputStream in, ReadOptions options) throws IOException;
  }

  private static void assertRefusesNull(Read call, String method, String parameter) {
    String what = method + " given null for '" + parameter + "'";
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).as("%s; expected a NullPointerException naming it", what).isInstanceOf(NullPointerException.class);
    String message = thrown.getMessage();
    assertThat(message != null && !NullArguments.HELPFUL_MESSAGE.matcher(message).matches() && message.contains(parameter))
        .as("%s threw %s; expected it refused at once, as Objects.requireNonNull(%s, \"%s\") does", what, thrown, parameter, parameter)
        .isTrue();
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
    Question question = holdableQuestions().get(0);
    Tracking.Output one = new Tracking.Output();
    writer().writeQuestion(question, one);
    assertThat(one.closed()).as("output closed by writeQuestion").isFalse();
    Tracking.Output bank = new Tracking.Output();
    writer().writeBank(holdableBank(), bank);
    assertThat(bank.closed()).as("output closed by writeBank").isFalse();
    Tracking.Output streamed = new Tracking.Output();
    try (QuestionSink sink = writer().openSink(streamed)) {
      sink.write(question);
    }
    assertThat(streamed.closed()).as("output closed by closing a sink").isFalse();
  }

  /**
   * Readers leave the caller's stream open, as the SPI says; closing a question stream does not
   * close it either.
   *
   * @throws IOException if the format fails to read or write
   */
  @Test
  public void readersLeaveTheCallersStreamOpen() throws IOException {
    assumeLossless();
    byte[] bytes = bytesOf(holdableQuestions().get(0));
    Tracking.Input one = new Tracking.Input(bytes);
    reader().readQuestion(one, ReadOptions.named("one"));
    assertThat(one.closed()).as("input closed by readQuestion").isFalse();
    Tracking.Output bankBytes = new Tracking.Output();
    writer().writeBank(holdableBank(), bankBytes);
    Tracking.Input bank = new Tracking.Input(bankBytes.toByteArray());
    reader().readBank(bank, ReadOptions.named("bank"));
    assertThat(bank.closed()).as("input closed by readBank").isFalse();
    Tracking.Input streamed = new Tracking.Input(bytes);
    try (QuestionStream stream = reader().streamQuestions(streamed, ReadOptions.named("stream"))) {
      while (stream.hasNext()) {
        stream.next();
      }
    }
    assertThat(streamed.closed()).as("input closed by closing a question stream").isFalse();
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
    assumeLossless();
    assumeTrue(streamsLazily(), "streamsLazily() is false: the format reads a whole document before the first question");
    List<Question> questions = holdableQuestions();
    Tracking.Output out = new Tracking.Output();
    int count = 0;
    try (QuestionSink sink = writer().openSink(out)) {
      while (count < questions.size() || (out.size() < LONG_DOCUMENT_BYTES && count < LONG_DOCUMENT_QUESTIONS)) {
        Question question = questions.get(count % questions.size());
        sink.write(question.withId(question.id() + "-" + count));
        count++;
      }
    }
    byte[] bytes = out.toByteArray();
    Tracking.Input in = new Tracking.Input(bytes);
    try (QuestionStream stream = reader().streamQuestions(in, ReadOptions.named("long-document"))) {
      assertThat(stream.hasNext()).as("a first question in a document of %d questions", count).isTrue();
      assertThat(stream.next()).isEqualTo(questions.get(0).withId(questions.get(0).id() + "-0"));
      assertThat(in.consumed())
          .as("bytes read for the first of %d questions, out of %d; override streamsLazily() if the format cannot stream", count, bytes.length)
          .isLessThan(bytes.length / 2);
    }
  }

  /**
   * A question stream answers {@code hasNext} the same however often it is asked, throws
   * {@link NoSuchElementException} past the end, and may be closed twice.
   *
   * @throws IOException if the format fails to read or write
   */
  @Test
  public void questionStreamsFollowTheirContract() throws IOException {
    assumeLossless();
    List<Question> questions = holdableQuestions();
    QuestionStream stream = reader().streamQuestions(new Tracking.Input(viaSink(questions)), ReadOptions.named("stream"));
    try {
      for (Question expected : questions) {
        assertThat(stream.hasNext()).isTrue();
        assertThat(stream.hasNext()).as("hasNext asked twice").isTrue();
        assertThat(stream.next()).isEqualTo(expected);
      }
      assertThat(stream.hasNext()).as("hasNext after the last question").isFalse();
      assertThat(stream.hasNext()).as("hasNext asked twice after the last question").isFalse();
      assertThatThrownBy(stream::next).as("next after the last question").isInstanceOf(NoSuchElementException.class);
    } finally {
      stream.close();
    }
    stream.close();
  }

  /**
   * One instance of the format reads and writes from several threads at once with the same
   * results as from one.
   *
   * @throws Exception if a task fails
   */
  @Test
  public void isSafeToUseFromManyThreads() throws Exception {
    FormatProvider format = format();
    List<Question> questions = holdableQuestions();
    boolean lossless = format.reader().isPresent() && format.writer().isPresent() && format.writer().get().isLossless();
    assumeTrue(format.writer().isPresent() || !brokenDocuments().isEmpty(), "nothing to run in parallel");
    List<byte[]> expected = new ArrayList<>();
    if (format.writer().isPresent()) {
      for (Question question : questions) {
        expected.add(bytesOf(question));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int task = 0; task < THREADS * TASKS_PER_THREAD; task++) {
        int index = task;
        Callable<Void> work = () -> {
          start.await();
          if (format.writer().isPresent()) {
            int q = index % questions.size();
            byte[] bytes = bytesOf(questions.get(q));
            assertThat(text(bytes)).as("question '%s' written on thread %d", questions.get(q).id(), index).isEqualTo(text(expected.get(q)));
            if (lossless) {
              assertThat(reader().readQuestion(new Tracking.Input(bytes), ReadOptions.named("task-" + index))).isEqualTo(questions.get(q));
            }
          } else {
            BrokenDocument document = brokenDocuments().get(index % brokenDocuments().size());
            expectFormatException(() -> reader().readQuestion(new Tracking.Input(document.content()), ReadOptions.named(document.name())),
                "readQuestion of " + document + " on thread " + index);
          }
          return null;
        };
        results.add(pool.submit(work));
      }
      start.countDown();
      for (Future<?> result : results) {
        // A generous bound, only so that a deadlock fails the test instead of hanging the build.
        result.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---------------------------------------------------------------- helpers

  private FormatReader reader() {
    Optional<FormatReader> reader = format().reader();
    assumeTrue(reader.isPresent(), "the format does not read");
    return reader.get();
  }

  private FormatWriter writer() {
    Optional<FormatWriter> writer = format().writer();
    assumeTrue(writer.isPresent(), "the format does not write");
    return writer.get();
  }

  private void assumeLossless() {
    assumeTrue(format().reader().isPresent() && format().writer().isPresent(), "the format does not both read and write");
    assumeTrue(format().writer().get().isLossless(), "the format is a one-way export");
  }

  private List<Question> holdableQuestions() {
    List<Question> questions = sampleBank().questions().stream().filter(this::canHold).collect(Collectors.toList());
    assumeTrue(!questions.isEmpty(), "the format can hold none of the sample questions");
    return questions;
  }

  private List<Question> unholdable() {
    List<Question> questions = sampleBank().questions().stream().filter(q -> !canHold(q)).collect(Collectors.toList());
    questions.addAll(unholdableQuestions());
    return questions;
  }

  /** The sample bank less the questions the format cannot hold, and without links from topics to them. */
  private QuestionBank holdableBank() {
    List<Question> questions = holdableQuestions();
    Set<String> ids = questions.stream().map(Question::id).collect(Collectors.toSet());
    List<Topic> topics = !canHoldTopics() ? List.of() : sampleBank().topics().stream()
        .map(t -> t.withRelatedQuestions(t.relatedQuestions().stream().filter(ids::contains).collect(Collectors.toList())))
        .collect(Collectors.toList());
    return QuestionBank.builder().addAllQuestions(questions).addAllTopics(topics).build();
  }

  private byte[] bytesOf(Question question) throws IOException {
    Tracking.Output out = new Tracking.Output();
    writer().writeQuestion(question, out);
    return out.toByteArray();
  }

  private byte[] viaSink(List<Question> questions) throws IOException {
    Tracking.Output out = new Tracking.Output();
    try (QuestionSink sink = writer().openSink(out)) {
      for (Question question : questions) {
        sink.write(question);
      }
    }
    return out.toByteArray();
  }

  private List<Question> readStream(byte[] bytes, String name) throws IOException {
    List<Question> read = new ArrayList<>();
    try (QuestionStream stream = reader().streamQuestions(new Tracking.Input(bytes), ReadOptions.named(name))) {
      while (stream.hasNext()) {
        read.add(stream.next());
      }
    }
    return read;
  }

  private static void assertSameModel(Object actual, Object expected, String what) {
    // Name the paths that differ, read through public accessors so that it works on the module
    // path too; equals() then makes sure.
    List<String> differences = ModelDiff.differences(actual, expected);
    if (!differences.isEmpty()) {
      fail(what + " differs at " + String.join("; ", differences));
    }
    assertThat(actual).as(what).isEqualTo(expected);
  }

  private static void assertLocated(FormatException e, BrokenDocument document) {
    assertThat(e.problems()).as("problems of %s", document.name()).isNotEmpty();
    for (FormatProblem problem : e.problems()) {
      assertThat(problem.location().source()).as("source named by problem '%s'", problem).isEqualTo(document.name());
      assertThat(problem.location().line().isPresent() || problem.location().pointer().isPresent())
          .as("problem '%s' has a line or a pointer", problem).isTrue();
      assertThat(problem.message()).as("message of problem at %s", problem.location()).isNotBlank();
    }
  }

  /** A read that must fail. */
  private interface Read {
    void run() throws IOException;
  }

  private static FormatException expectFormatException(Read read, String what) {
    try {
      read.run();
    } catch (FormatException e) {
      return e;
    } catch (IOException | RuntimeException e) {
      throw new AssertionError(what + " threw " + e + "; expected a FormatException with located problems", e);
    }
    return fail(what + " succeeded; expected a FormatException");
  }

  private static String text(byte[] bytes) {
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
