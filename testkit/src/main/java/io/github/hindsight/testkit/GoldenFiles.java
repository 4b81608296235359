package io.github.hindsight.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Golden files for a format's output: the expected text lives in a file under the test
 * resources, and a deliberate change of output rewrites it when the tests run with
 * {@code -Dhindsight.golden.update=true}.
 *
 * <pre>{@code
 * String written = write(question);
 * assertThat(written).isEqualTo(GoldenFiles.expected(GOLDEN.resolve("cuba.md"), written));
 * }</pre>
 *
 * <p>A run that rewrites a file never passes: the test fails saying which file was updated, so
 * that a change of output is always seen, and a second run without the flag checks the new file.
 * A file that already matches is left alone, and its test passes with or without the flag.
 */
public final class GoldenFiles {
  /** The system property that rewrites golden files from the actual output. */
  public static final String UPDATE_PROPERTY = "hindsight.golden.update";

  private GoldenFiles() {}

  /**
   * The expected text of a golden file. When {@value #UPDATE_PROPERTY} is true and the file is
   * missing or differs from {@code actual}, the file is written from {@code actual} and the test
   * fails.
   *
   * @param file the golden file
   * @param actual what the code under test produced
   * @return the file's text
   * @throws IOException if the file cannot be read or written
   * @throws AssertionError if the file is missing, or if it was rewritten
   */
  public static String expected(Path file, String actual) throws IOException {
    return expected(file, actual, Boolean.getBoolean(UPDATE_PROPERTY));
  }

  static String expected(Path file, String actual, boolean update) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(actual, "actual");
    boolean exists = Files.isRegularFile(file);
    if (exists && !update) {
      return Files.readString(file, StandardCharsets.UTF_8);
    }
    if (!update) {
      throw new AssertionError("golden file " + file + " is missing; run with -D" + UPDATE_PROPERTY + "=true to write it");
    }
    if (exists && Files.readString(file, StandardCharsets.UTF_8).equals(actual)) {
      return actual;
    }
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    Files.writeString(file, actual, StandardCharsets.UTF_8);
    throw new AssertionError("golden file " + file + " updated; run again without -D" + UPDATE_PROPERTY + " to check it");
  }
}
