package io.github.hindsight.markdown;

import io.github.hindsight.markdown.internal.MarkdownReader;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A folder of Markdown files read as one question bank: every {@code .md} file directly in the
 * folder, in order of file name, each holding one or more question or topic documents.
 *
 * <p>A thin wrapper: the files are assembled into one bank by
 * {@link io.github.hindsight.spi.support.BankAssembler}, as {@code Hindsight.readBank(folder)}
 * does, so problems are reported alike, each at its file, line and column. Prefer the facade,
 * which also reads the other formats of a folder; use this for lenient reading of Markdown alone.
 */
public final class MarkdownFolder {
  private MarkdownFolder() {}

  /**
   * Reads a folder.
   *
   * @param folder the folder
   * @param options strict or lenient reading, and on how many threads to read the files side by
   *     side (the bank, or every problem, is the same on any number); problems name each file by
   *     its name in the folder
   * @return the bank, valid
   * @throws FormatException with every problem of every file
   * @throws IOException if the folder or a file cannot be read
   */
  public static QuestionBank read(Path folder, ReadOptions options) throws IOException {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(options, "options");
    List<Path> files = markdownFiles(folder);
    List<MarkdownReader.Named> texts = new ArrayList<>();
    List<FormatProblem> notUtf8 = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      try (InputStream in = Files.newInputStream(file)) {
        texts.add(new MarkdownReader.Named(name, MarkdownReader.decode(in, name)));
      } catch (FormatException e) {
        notUtf8.addAll(e.problems());
      }
    }
    if (notUtf8.isEmpty()) {
      return MarkdownReader.bank(texts, options);
    }
    try {
      MarkdownReader.bank(texts, options);
    } catch (FormatException e) {
      notUtf8.addAll(e.problems());
    }
    throw new FormatException(notUtf8);
  }

  /** @return the {@code .md} files directly in the folder, sorted; failures as {@link Files#list} reports them */
  private static List<Path> markdownFiles(Path folder) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
      for (Path p : listing) {
        if (p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    } catch (DirectoryIteratorException e) {
      throw new UncheckedIOException(e.getCause());
    }
    Collections.sort(files);
    return files;
  }
}
