package io.github.hindsight;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.registry.Capability;
import io.github.hindsight.registry.FormatRegistry;
import io.github.hindsight.spi.AbstractQuestionStream;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.spi.support.AssembledBank;
import io.github.hindsight.spi.support.AtomicFiles;
import io.github.hindsight.spi.support.BankAssembler;
import io.github.hindsight.spi.support.BankPart;
import io.github.hindsight.spi.support.PluginProblem;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The front door to Hindsight's formats: read and write questions and banks as files, choosing
 * the format from the file name or, failing that, from the content.
 *
 * <pre>{@code
 * Hindsight hindsight = Hindsight.standard();
 * Question question = hindsight.read(Path.of("cuba.json"));
 * hindsight.write(question, Path.of("cuba.mmd"));
 * }</pre>
 *
 * <p>{@link #standard()} finds formats with {@link java.util.ServiceLoader}; an application
 * server or a test that wants to say exactly which formats exist uses {@link #builder()} with
 * {@link Builder#useServiceLoader(boolean) useServiceLoader(false)}. Each instance discovers its
 * formats once, when it is built; there is no global state, so two instances never affect each
 * other. Instances are immutable and thread-safe.
 *
 * <p>Errors: content that a format cannot accept is a {@link FormatException} carrying every
 * problem with its location; failures of the file system are {@link IOException}s; a format id or
 * file extension that no format handles is an {@link IllegalArgumentException} that lists the
 * formats there are.
 */
public final class Hindsight {
  /** How many bytes of a document formats see when detecting by content. */
  public static final int SNIFF_LENGTH = 4096;


  private final FormatRegistry registry;
  private final int parallelism;

  private Hindsight(FormatRegistry registry, int parallelism) {
    this.registry = registry;
    this.parallelism = parallelism;
  }

  /**
   * A facade with every format that {@link java.util.ServiceLoader} finds on the class path and
   * the module path, through the class loader of Hindsight itself and through the thread's
   * context class loader. Plugins that fail to load are listed in {@link #problems()}.
   *
   * @return a new facade
   */
  public static Hindsight standard() {
    return builder().build();
  }

  /** @return a builder, which discovers plugins unless told not to */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A facade over a registry built by hand.
   *
   * @param registry the formats
   * @return the facade
   */
  public static Hindsight of(FormatRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    return new Hindsight(registry, 1);
  }

  /**
   * A facade like this one that reads on up to {@code threads} threads: the files of a folder side
   * by side, and a single file as its format can (see {@link ReadOptions#parallelism()}; JSON
   * Lines parses its lines side by side). What is read, and every problem reported, is exactly
   * what reading in one thread gives, in the same order; only the time differs. The threads are
   * started for each read and have ended when it returns, so a facade holds none.
   *
   * <pre>{@code
   * Hindsight hindsight = Hindsight.standard().withParallelism(Runtime.getRuntime().availableProcessors());
   * QuestionBank bank = hindsight.readBank(Path.of("questions/"));
   * }</pre>
   *
   * @param threads how many threads, from 1 (the default: the caller's thread alone) to
   *     {@link ReadOptions#MAX_PARALLELISM}
   * @return the facade, sharing this one's formats
   * @throws IllegalArgumentException if {@code threads} is out of that range
   */
  public Hindsight withParallelism(int threads) {
    ReadOptions.builder().parallelism(threads).build();
    return threads == parallelism ? this : new Hindsight(registry, threads);
  }

  /** @return how many threads a read may use; 1 unless set by {@link #withParallelism(int)} */
  public int parallelism() {
    return parallelism;
  }

  /** @return the formats, sorted by id */
  public List<FormatProvider> formats() {
    return registry.formats();
  }

  /**
   * The format with an id.
   *
   * @param id the id, such as {@code json}
   * @return the format, or empty if none of its formats has that id
   */
  public Optional<FormatProvider> format(String id) {
    Objects.requireNonNull(id, "id");
    return registry.format(id);
  }

  /** @return the plugins that could not be loaded, and why */
  public List<PluginProblem> problems() {
    return registry.problems();
  }

  /** @return the registry behind this facade, with the rules for choosing formats */
  public FormatRegistry registry() {
    return registry;
  }

  /**
   * The format that would read a file: by its extension, and by its content when no format or
   * more than one claims the extension and no preference decides. A file whose extension is
   * claimed only by formats that write (a diagram's {@code .mmd}, say) is refused, naming them,
   * rather than read as whatever its content resembles.
   *
   * @param file the file
   * @return the format
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if no format can read it
   */
  public FormatProvider detect(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String name = fileName(file);
    List<FormatProvider> claimants = registry.claimants(name, Capability.READ);
    List<FormatProvider> writers = registry.claimants(name, Capability.WRITE);
    if (claimants.isEmpty() && !writers.isEmpty()) {
      // An export's own extension: guessing from the content would read it as what it resembles.
      throw new IllegalArgumentException("cannot read " + file + ": its extension belongs to "
          + ids(writers)
          + ", which only writes; name the format to read it as, from: " + registry.describe(Capability.READ));
    }
    if (claimants.size() == 1 || (!claimants.isEmpty() && preferred(name))) {
      return claimants.get(0);
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_LENGTH);
    }
    if (claimants.size() > 1) {
      // Several formats claim the extension: the content may settle it, otherwise the rule does.
      return registry.sniff(head, claimants).orElse(claimants.get(0));
    }
    Optional<FormatProvider> sniffed = registry.sniff(head);
    if (sniffed.isPresent()) {
      return sniffed.get();
    }
    throw new IllegalArgumentException("cannot tell the format of " + file + ": no format claims its extension"
        + ", and its content matches no format that reads; formats that read: " + registry.describe(Capability.READ));
  }

  /** Whether a preference names the file's extension. */
  private boolean preferred(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String extension : registry.preferences().keySet()) {
      if (lower.endsWith("." + extension)) {
        return true;
      }
    }
    return false;
  }

  private static String ids(List<FormatProvider> formats) {
    StringJoiner ids = new StringJoiner(", ");
    for (FormatProvider format : formats) {
      ids.add(format.id());
    }
    return ids.toString();
  }

  /**
   * Reads a question, detecting the format (see {@link #detect(Path)}).
   *
   * @param file the file
   * @return the question, valid
   * @throws FormatException with every problem in the file
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if no format can read it
   */
  public Question read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return read(file, detect(file));
  }

  /**
   * Reads a question in a named format.
   *
   * @param file the file
   * @param formatId the format's id
   * @return the question, valid
   * @throws FormatException with every problem in the file
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if there is no such format or it cannot read
   */
  public Question read(Path file, String formatId) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(formatId, "formatId");
    return read(file, registry.require(formatId, Capability.READ));
  }

  /**
   * Reads a question from text in a named format, such as a question written inline in a test or
   * a quick start. Problems are located in a document named {@code text}.
   *
   * @param text the document
   * @param formatId the format's id, such as {@code markdown}
   * @return the question, valid
   * @throws FormatException with every problem in the text
   * @throws IllegalArgumentException if there is no such format or it cannot read
   */
  public Question readString(String text, String formatId) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(formatId, "formatId");
    FormatReader reader = reader(registry.require(formatId, Capability.READ));
    try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
      return reader.readQuestion(in, ReadOptions.named("text"));
    } catch (IOException e) {
      throw new UncheckedIOException("reading text in memory cannot fail this way", e);
    }
  }

  private Question read(Path file, FormatProvider format) throws IOException {
    return readWith(file, format, QUESTION);
  }

  /** One of the reader's methods that read a whole document. */
  private interface Read<T> {
    T apply(FormatReader reader, InputStream in, ReadOptions options) throws IOException;
  }

  private static final Read<Question> QUESTION = new Read<>() {
    @Override
    public Question apply(FormatReader reader, InputStream in, ReadOptions options) throws IOException {
      return reader.readQuestion(in, options);
    }
  };

  private static final Read<BankPart> BANK_PART = new Read<>() {
    @Override
    public BankPart apply(FormatReader reader, InputStream in, ReadOptions options) throws IOException {
      return reader.readBankPart(in, options);
    }
  };

  private static final Read<QuestionBank> BANK = new Read<>() {
    @Override
    public QuestionBank apply(FormatReader reader, InputStream in, ReadOptions options) throws IOException {
      return reader.readBank(in, options);
    }
  };

  private <T> T readWith(Path file, FormatProvider format, Read<T> read) throws IOException {
    return readWith(file, format, read, options(file));
  }

  private static <T> T readWith(Path file, FormatProvider format, Read<T> read, ReadOptions options) throws IOException {
    FormatReader reader = reader(format);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read.apply(reader, in, options);
    }
  }

  /**
   * Reads a bank from a file, or from a folder: every file in it (not in sub-folders) whose
   * extension a readable format claims, in order of file name, merged into one bank. Hidden files
   * are skipped. With a {@link #withParallelism(int) parallelism} above 1, the files are read side
   * by side, each in one thread. Problems in all files are reported together, as are ids used in two files and
   * links to topics or questions that no file defines, each in the file it is in, with its line
   * and column where the format can say (see {@link BankAssembler}).
   *
   * @param fileOrFolder a file or a folder
   * @return the bank, valid
   * @throws FormatException with every problem found
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if no format can read the file
   */
  public QuestionBank readBank(Path fileOrFolder) throws IOException {
    Objects.requireNonNull(fileOrFolder, "fileOrFolder");
    return Files.isDirectory(fileOrFolder) ? checkBank(fileOrFolder).bank() : readBank(fileOrFolder, detect(fileOrFolder));
  }

  /**
   * Reads a bank from a file or a folder as {@link #readBank(Path)} does, and also returns its
   * warnings, such as an actor without objectives, each located in its file as
   * {@code file:line:column: warning: message} where the format can say. A file is read with
   * {@link FormatReader#readBankPart} and checked as a whole bank, so a question document whose
   * topic is defined in another file fails here, where the format's own {@code readBank} may
   * accept it.
   *
   * @param fileOrFolder a file or a folder
   * @return the bank, valid, with its warnings
   * @throws FormatException with every problem found
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if no format can read the file
   */
  public AssembledBank checkBank(Path fileOrFolder) throws IOException {
    Objects.requireNonNull(fileOrFolder, "fileOrFolder");
    if (!Files.isDirectory(fileOrFolder)) {
      return assemble(fileOrFolder, detect(fileOrFolder));
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(fileOrFolder)) {
      for (Path p : listing) {
        String name = fileName(p);
        if (Files.isRegularFile(p) && !name.startsWith(".") && !registry.claimants(name, Capability.READ).isEmpty()) {
          files.add(p);
        }
      }
    } catch (DirectoryIteratorException e) {
      // Unchecked, as Files.list reports an error met while listing.
      throw new UncheckedIOException(e.getCause());
    }
    files.sort(BY_FILE_NAME);
    // Links may point into other files of the folder, so the assembler checks them on the whole;
    // the folder's threads read a file each, so a file's format reads it in one.
    return FolderBank.assemble(files, parallelism, file -> readWith(file, detect(file), BANK_PART,
        ReadOptions.builder().from(options(file)).checkLinks(false).parallelism(1).build()));
  }

  /**
   * Checks a file that holds either a bank or one question, reading it once, and returns its
   * warnings as {@link #checkBank(Path)} does. A file read as one question and no topics is
   * checked as that question: the topic it names may be defined in another file, as in a folder
   * bank, so that link is not checked. Any other file is checked as a whole bank, links
   * included. A folder is checked as {@link #checkBank(Path)} checks it.
   *
   * @param fileOrFolder a file or a folder
   * @return the bank, valid, with its warnings
   * @throws FormatException with every problem found
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if no format can read the file
   */
  public AssembledBank checkDocument(Path fileOrFolder) throws IOException {
    Objects.requireNonNull(fileOrFolder, "fileOrFolder");
    if (Files.isDirectory(fileOrFolder)) {
      return checkBank(fileOrFolder);
    }
    BankPart part = readWith(fileOrFolder, detect(fileOrFolder), BANK_PART);
    boolean oneQuestion = part.questions().size() == 1 && part.topics().isEmpty();
    return new BankAssembler().checkLinks(!oneQuestion).add(part).assemble();
  }

  private AssembledBank assemble(Path file, FormatProvider format) throws IOException {
    return new BankAssembler().add(readWith(file, format, BANK_PART)).assemble();
  }

  /**
   * Reads a bank from a file in a named format.
   *
   * @param file the file
   * @param formatId the format's id
   * @return the bank, valid
   * @throws FormatException with every problem in the file
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if there is no such format or it cannot read
   */
  public QuestionBank readBank(Path file, String formatId) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(formatId, "formatId");
    return readBank(file, registry.require(formatId, Capability.READ));
  }

  private QuestionBank readBank(Path file, FormatProvider format) throws IOException {
    return readWith(file, format, BANK);
  }

  /**
   * Reads the questions of a file one at a time, detecting the format. Closing the stream closes
   * the file.
   *
   * @param file the file
   * @return the questions
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if no format can read it
   */
  public QuestionStream stream(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return stream(file, detect(file));
  }

  /**
   * Reads the questions of a file one at a time, in a named format. Closing the stream closes the
   * file.
   *
   * @param file the file
   * @param formatId the format's id
   * @return the questions
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if no such format can read
   */
  public QuestionStream stream(Path file, String formatId) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(formatId, "formatId");
    return stream(file, registry.require(formatId, Capability.READ));
  }

  private QuestionStream stream(Path file, FormatProvider format) throws IOException {
    FormatReader reader = reader(format);
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    QuestionStream questions;
    try {
      questions = reader.streamQuestions(in, options(file));
    } catch (IOException | RuntimeException e) {
      closeQuietly(in, e);
      throw e;
    }
    return new FileQuestionStream(questions, in);
  }

  /**
   * Writes a question, choosing the format by the file's extension. The question goes to a
   * temporary file in the same folder, which then replaces the target in one step, so a failure
   * never leaves a half-written file and an existing file stays as it was. A question that fails
   * validation is refused before any file is made, whatever the format.
   *
   * @param question the question
   * @param file the file
   * @throws FormatException if the question fails validation or the format cannot hold it
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if no format writes files with that extension
   */
  public void write(Question question, Path file) throws IOException {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(file, "file");
    FormatWriter.requireValid(question);
    FormatWriter writer = writer(writerFor(file));
    AtomicFiles.write(file, out -> writer.writeQuestion(question, out));
  }

  /**
   * Writes a question in a named format, atomically as {@link #write(Question, Path)} does.
   *
   * @param question the question
   * @param file the file
   * @param formatId the format's id
   * @throws FormatException if the question fails validation or the format cannot hold it
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if there is no such format or it cannot write
   */
  public void write(Question question, Path file, String formatId) throws IOException {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(formatId, "formatId");
    FormatWriter.requireValid(question);
    FormatWriter writer = writer(registry.require(formatId, Capability.WRITE));
    AtomicFiles.write(file, out -> writer.writeQuestion(question, out));
  }

  /**
   * Writes a bank, choosing the format by the file's extension, atomically as
   * {@link #write(Question, Path)} does.
   *
   * @param bank the bank
   * @param file the file
   * @throws FormatException if the bank fails validation or the format cannot hold it
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if no format writes files with that extension
   */
  public void writeBank(QuestionBank bank, Path file) throws IOException {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(file, "file");
    FormatWriter.requireValid(bank);
    FormatWriter writer = writer(writerFor(file));
    AtomicFiles.write(file, out -> writer.writeBank(bank, out));
  }

  /**
   * Writes a bank in a named format, atomically as {@link #write(Question, Path)} does.
   *
   * @param bank the bank
   * @param file the file
   * @param formatId the format's id
   * @throws FormatException if the bank fails validation or the format cannot hold it
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if there is no such format or it cannot write
   */
  public void writeBank(QuestionBank bank, Path file, String formatId) throws IOException {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(formatId, "formatId");
    FormatWriter.requireValid(bank);
    FormatWriter writer = writer(registry.require(formatId, Capability.WRITE));
    AtomicFiles.write(file, out -> writer.writeBank(bank, out));
  }

  /**
   * Writes questions one at a time as they are read, choosing the format by the file's extension,
   * so that a corpus of any size converts in constant memory. Like {@link #write(Question, Path)},
   * it writes to a temporary file and moves it into place only when every question was written.
   *
   * @param questions the questions; read to the end but not closed
   * @param file the file
   * @return how many questions were written
   * @throws FormatException if a question cannot be read, fails validation, or the format cannot hold it
   * @throws IOException if a file cannot be read or written
   * @throws IllegalArgumentException if no format writes files named like this
   */
  public long writeAll(QuestionStream questions, Path file) throws IOException {
    Objects.requireNonNull(questions, "questions");
    Objects.requireNonNull(file, "file");
    return writeAll(questions, file, writerFor(file));
  }

  /**
   * Writes questions one at a time as they are read, in a named format; see
   * {@link #writeAll(QuestionStream, Path)}.
   *
   * @param questions the questions; read to the end but not closed
   * @param file the file
   * @param formatId the format's id
   * @return how many questions were written
   * @throws FormatException if a question cannot be read, fails validation, or the format cannot hold it
   * @throws IOException if a file cannot be read or written
   * @throws IllegalArgumentException if no such format can write
   */
  public long writeAll(QuestionStream questions, Path file, String formatId) throws IOException {
    Objects.requireNonNull(questions, "questions");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(formatId, "formatId");
    return writeAll(questions, file, registry.require(formatId, Capability.WRITE));
  }

  private static long writeAll(QuestionStream questions, Path file, FormatProvider format) throws IOException {
    FormatWriter writer = writer(format);
    long[] count = {0};
    AtomicFiles.write(file, out -> {
      try (QuestionSink sink = writer.openSink(out)) {
        while (questions.hasNext()) {
          Question question = questions.next();
          FormatWriter.requireValid(question);
          sink.write(question);
          count[0]++;
        }
      }
    });
    return count[0];
  }

  private FormatProvider writerFor(Path file) {
    return registry.forFileName(fileName(file), Capability.WRITE).orElseThrow(() -> new IllegalArgumentException(
        "no format writes files named like " + file + "; formats that write: " + registry.describe(Capability.WRITE)
            + "; or name a format explicitly"));
  }

  private static FormatReader reader(FormatProvider format) {
    Optional<FormatReader> reader = format.reader();
    if (reader.isEmpty()) {
      throw new IllegalArgumentException("format '" + format.id() + "' cannot read");
    }
    return reader.get();
  }

  private static FormatWriter writer(FormatProvider format) {
    Optional<FormatWriter> writer = format.writer();
    if (writer.isEmpty()) {
      throw new IllegalArgumentException("format '" + format.id() + "' cannot write");
    }
    return writer.get();
  }

  private ReadOptions options(Path file) {
    return ReadOptions.builder().sourceName(file.toString()).parallelism(parallelism).build();
  }

  private static final Comparator<Path> BY_FILE_NAME = new Comparator<>() {
    @Override
    public int compare(Path a, Path b) {
      return fileName(a).compareTo(fileName(b));
    }
  };

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString();
  }

  private static void closeQuietly(InputStream in, Throwable failure) {
    try {
      in.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** A format's stream over a file, which closes the file too. */
  private static final class FileQuestionStream extends AbstractQuestionStream {
    private final QuestionStream questions;
    private final InputStream file;

    FileQuestionStream(QuestionStream questions, InputStream file) {
      this.questions = questions;
      this.file = file;
    }

    @Override
    protected @Nullable Question computeNext() throws IOException {
      boolean more;
      try {
        more = questions.hasNext();
      } catch (FormatException e) {
        // From hasNext, a problem means the document is broken before the next question; it comes
        // out of hasNext here too, as the format threw it, and nothing follows it.
        throw endWith(e);
      }
      return more ? questions.next() : endOfData();
    }

    @Override
    protected void release() throws IOException {
      try (InputStream ignored = file) {
        questions.close();
      }
    }
  }

  /** Chooses how a {@link Hindsight} finds its formats; not thread-safe. */
  public static final class Builder {
    private final List<FormatProvider> formats = new ArrayList<>();
    private final Map<String, String> preferences = new LinkedHashMap<>();
    private final List<ClassLoader> loaders = new ArrayList<>();
    private final List<ModuleLayer> layers = new ArrayList<>();
    private boolean serviceLoader = true;

    private Builder() {}

    /**
     * Adds a format by hand. It wins over a discovered format with the same id.
     *
     * @param format the format
     * @return this builder
     */
    public Builder addFormat(FormatProvider format) {
      Objects.requireNonNull(format, "format");
      formats.add(format);
      return this;
    }

    /**
     * Whether to discover formats with {@link java.util.ServiceLoader} through Hindsight's own
     * class loader and the thread's context class loader (the default), or to use only the
     * formats added by hand and the loaders and layers named here.
     *
     * @param use false to turn the default discovery off
     * @return this builder
     */
    public Builder useServiceLoader(boolean use) {
      this.serviceLoader = use;
      return this;
    }

    /**
     * Also discovers formats through a class loader, such as one that loaded plugin jars.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder discoverIn(ClassLoader loader) {
      Objects.requireNonNull(loader, "loader");
      loaders.add(loader);
      return this;
    }

    /**
     * Also discovers formats in the modules of a layer and its parents.
     *
     * @param layer the layer
     * @return this builder
     */
    public Builder discoverIn(ModuleLayer layer) {
      Objects.requireNonNull(layer, "layer");
      layers.add(layer);
      return this;
    }

    /**
     * Chooses the format for a file extension, over the default rule of
     * {@link FormatRegistry}.
     *
     * @param extension the extension, such as {@code md}
     * @param formatId the id of the format to use
     * @return this builder
     */
    public Builder preferFormat(String extension, String formatId) {
      Objects.requireNonNull(extension, "extension");
      Objects.requireNonNull(formatId, "formatId");
      preferences.put(extension, formatId);
      return this;
    }

    /**
     * Builds the facade, discovering formats now.
     *
     * @return the facade
     * @throws IllegalArgumentException if two formats added by hand share an id, or a preference
     *     names a format that is not there
     */
    public Hindsight build() {
      FormatRegistry.Builder registry = FormatRegistry.builder();
      for (FormatProvider format : formats) {
        registry.add(format);
      }
      if (serviceLoader) {
        ClassLoader own = Hindsight.class.getClassLoader();
        if (own == null) {
          own = ClassLoader.getSystemClassLoader();
        }
        registry.discover(own);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != own && !isAncestor(context, own)) {
          registry.discover(context);
        }
        Module module = Hindsight.class.getModule();
        ModuleLayer layer = module.getLayer();
        if (layer != null && layer != ModuleLayer.boot()) {
          registry.discover(layer);
        }
      }
      for (ClassLoader loader : loaders) {
        registry.discover(loader);
      }
      for (ModuleLayer layer : layers) {
        registry.discover(layer);
      }
      for (Map.Entry<String, String> preference : preferences.entrySet()) {
        registry.prefer(preference.getKey(), preference.getValue());
      }
      return new Hindsight(registry.build(), 1);
    }

    private static boolean isAncestor(ClassLoader candidate, @Nullable ClassLoader of) {
      for (ClassLoader l = of; l != null; l = l.getParent()) {
        if (l == candidate) {
          return true;
        }
      }
      return false;
    }
  }
}
