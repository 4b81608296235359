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
 */
public final class GoldenFiles {
  /** The system property that rewrites golden files from the actual output. */
  public static final String UPDATE_PROPERTY = "hindsight.golden.update";

  private GoldenFiles() {}

  /**
   * The expected text of a golden file, written from {@code actual} first when
   * {@value #UPDATE_PROPERTY} is true.
   *
   * @param file the golden file
   * @param actual what the code under test produced
   * @return the file's text
   * @throws IOException if the file cannot be read or written
   */
  public static String expected(Path file, String actual) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(actual, "actual");
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Path folder = file.toAbsolutePath().getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
