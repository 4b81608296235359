package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A golden file can fail its test whether or not the update flag is on. */
class GoldenFilesTest {
  @TempDir Path dir;

  private Path golden(String text) throws IOException {
    Path file = dir.resolve("golden.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void withoutTheFlagTheFileIsReturnedUnchanged() throws IOException {
    Path file = golden("old");
    assertThat(GoldenFiles.expected(file, "new", false)).isEqualTo("old");
    assertThat(file).hasContent("old");
  }

  @Test
  void withoutTheFlagAMissingFileFails() {
    assertThatThrownBy(() -> GoldenFiles.expected(dir.resolve("none.txt"), "new", false))
        .isInstanceOf(AssertionError.class).hasMessageContaining("none.txt is missing");
    assertThat(dir.resolve("none.txt")).doesNotExist();
  }

  @Test
  void withTheFlagAChangedFileIsWrittenAndTheTestFails() throws IOException {
    Path file = golden("old");
    assertThatThrownBy(() -> GoldenFiles.expected(file, "new", true))
        .isInstanceOf(AssertionError.class).hasMessageContaining("golden.txt updated; run again without");
    assertThat(file).hasContent("new");
    assertThat(GoldenFiles.expected(file, "new", false)).isEqualTo("new");
  }

  @Test
  void withTheFlagAMissingFileIsWrittenAndTheTestFails() {
    Path file = dir.resolve("sub/new.txt");
    assertThatThrownBy(() -> GoldenFiles.expected(file, "new", true)).isInstanceOf(AssertionError.class);
    assertThat(file).hasContent("new");
  }

  @Test
  void withTheFlagAMatchingFileIsLeftAloneAndPasses() throws IOException {
    Path file = golden("same");
    long modified = Files.getLastModifiedTime(file).toMillis();
    assertThat(GoldenFiles.expected(file, "same", true)).isEqualTo("same");
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
  }
}
