package io.github.hindsight.benchmarks;

import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The seeded corpus every benchmark reads: the same size always gives the same questions, so two
 * runs (or two machines) measure the same work. Documents written from it are cached, because a
 * large corpus takes longer to make than to measure and each JMH fork would otherwise make it
 * again.
 */
public final class Corpus {
  /** The seed of the first question; question {@code i} uses {@code SEED + i}. */
  public static final long SEED = 19_621_022L;

  /** How much of the corpus to use. */
  public enum Size {
    /** A few dozen questions, under half a megabyte of JSON: the quick runs and the unit tests. */
    SMALL(40),
    /** About five megabytes of JSON. */
    MEDIUM(500),
    /** About fifty-five megabytes of JSON. */
    LARGE(5_000);

    private final int questions;

    Size(int questions) {
      this.questions = questions;
    }

    /** @return how many questions this size holds */
    public int questions() {
      return questions;
    }
  }

  private Corpus() {}

  /**
   * The question at a position of the corpus. Sizes vary from question to question, as they do
   * in a real bank: mostly moderate, with every tenth one large.
   *
   * @param index the position, from 0
   * @return the question, valid
   */
  public static Question question(int index) {
    int size = index % 10 == 9 ? 12 : 2 + index % 5;
    return RandomQuestions.question(SEED + index, size);
  }

  /**
   * One question whose size is chosen, for measuring how a cost grows with the question.
   *
   * @param size the size given to {@link RandomQuestions#question(long, int)}
   * @return the question, valid
   */
  public static Question sized(int size) {
    return RandomQuestions.question(SEED, size);
  }

  /**
   * The questions of a size, built in memory.
   *
   * @param size the size
   * @return the questions, in corpus order
   */
  public static List<Question> questions(Size size) {
    List<Question> out = new ArrayList<>(size.questions());
    for (int i = 0; i < size.questions(); i++) {
      out.add(question(i));
    }
    return List.copyOf(out);
  }

  /**
   * The questions of a size, built one at a time so that a corpus of any size can be written
   * without holding it.
   *
   * @param count how many
   * @return the questions, in corpus order
   */
  public static Iterator<Question> lazily(long count) {
    return new Iterator<>() {
      private long next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public Question next() {
        if (next >= count) {
          throw new NoSuchElementException();
        }
        return question(Math.toIntExact(next++));
      }
    };
  }

  /**
   * The directory of cached documents: {@code hindsight.corpus.dir}, or {@code target/corpus}
   * under the working directory.
   *
   * @return the directory
   */
  public static Path cacheDirectory() {
    return Paths.get(System.getProperty("hindsight.corpus.dir", "target/corpus"));
  }

  /**
   * The corpus of a size as a document of a format, written once and then reused.
   *
   * @param size the size
   * @param formatId the format's id, which names the cached file
   * @param writer the format's writer
   * @return the document
   * @throws IOException if it cannot be written
   */
  public static Path document(Size size, String formatId, FormatWriter writer) throws IOException {
    Path file = cacheDirectory().resolve("corpus-" + SEED + "-" + size.name().toLowerCase(java.util.Locale.ROOT) + "." + formatId);
    if (Files.isRegularFile(file)) {
      return file;
    }
    Files.createDirectories(file.getParent());
    // Written beside and moved into place, so that a fork stopped half-way leaves no torn document.
    Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
      write(lazily(size.questions()), writer, out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  /**
   * The corpus of a size as a folder bank: each question, without its topic, in a file of its
   * own in a format, {@code q0000.md} and on; written once and then reused.
   *
   * @param size the size
   * @param extension the extension of the files, such as {@code md}
   * @param writer the format's writer
   * @return the folder
   * @throws IOException if it cannot be written
   */
  public static Path folder(Size size, String extension, FormatWriter writer) throws IOException {
    Path folder = cacheDirectory().resolve("folder-" + SEED + "-" + size.name().toLowerCase(java.util.Locale.ROOT) + "-" + extension);
    if (Files.isDirectory(folder)) {
      return folder;
    }
    Files.createDirectories(cacheDirectory());
    // Made beside and moved into place, so that a fork stopped half-way leaves no partial folder.
    Path partial = Files.createTempDirectory(cacheDirectory(), folder.getFileName() + ".partial");
    for (int i = 0; i < size.questions(); i++) {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial.resolve(String.format(java.util.Locale.ROOT, "q%04d.%s", i, extension))))) {
        writer.writeQuestion(question(i).withTopic(java.util.Optional.empty()), out);
      }
    }
    try {
      Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
      // Another fork made it first; its folder holds the same files.
      try (java.util.stream.Stream<Path> files = Files.list(partial)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(partial);
    }
    return folder;
  }

  /**
   * Writes questions through a format's sink.
   *
   * @param questions the questions
   * @param writer the format's writer
   * @param out where to write; not closed
   * @throws IOException if the bytes cannot be written
   */
  public static void write(Iterator<Question> questions, FormatWriter writer, OutputStream out) throws IOException {
    try (QuestionSink sink = writer.openSink(out)) {
      while (questions.hasNext()) {
        sink.write(questions.next());
      }
    }
  }

  /**
   * Reads a cached document.
   *
   * @param file the document
   * @return its bytes
   */
  public static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
