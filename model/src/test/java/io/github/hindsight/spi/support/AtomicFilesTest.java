package io.github.hindsight.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are written or replaced; anything else at the target is refused and left as it is. */
class AtomicFilesTest {
  @TempDir
  Path dir;

  private final AtomicBoolean written = new AtomicBoolean();

  private void write(Path file) throws IOException {
    AtomicFiles.write(file, out -> {
      written.set(true);
      out.write("new\n".getBytes(StandardCharsets.UTF_8));
    });
  }

  private static BasicFileAttributes attributes(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  private void assertNothingBeside(String... names) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(names);
    }
  }

  static Path fifo(Path file) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).as("mkfifo %s", file).isZero();
    assertThat(attributes(file).isOther()).as("%s is a FIFO", file).isTrue();
    return file;
  }

  @Test
  void aRegularFileIsReplaced() throws IOException {
    Path file = Files.writeString(dir.resolve("q.json"), "old\n");
    write(file);
    assertThat(file).hasContent("new");
    assertThat(attributes(file).isRegularFile()).isTrue();
    assertNothingBeside("q.json");
  }

  @Test
  void aNamedPipeIsRefusedAndKept() throws IOException, InterruptedException {
    Path pipe = fifo(dir.resolve("out.json"));
    assertThatThrownBy(() -> write(pipe)).isInstanceOfSatisfying(NotRegularFileException.class, e -> {
      assertThat(e.getFile()).isEqualTo(pipe.toString());
      assertThat(e.found()).isEqualTo("a named pipe (FIFO)");
      assertThat(e.getMessage()).isEqualTo(pipe + ": is a named pipe (FIFO), not a regular file; only regular files are written");
    });
    assertThat(written).isFalse();
    assertThat(attributes(pipe).isOther()).isTrue();
    assertNothingBeside("out.json");
  }

  @Test
  void aSymbolicLinkIsRefusedAndNeitherItNorItsTargetChanges() throws IOException {
    Path target = Files.writeString(dir.resolve("target.json"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);
    assertThatThrownBy(() -> write(link)).isInstanceOfSatisfying(NotRegularFileException.class,
        e -> assertThat(e.found()).isEqualTo("a symbolic link"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target).hasContent("old");
    assertThat(written).isFalse();
    assertNothingBeside("target.json", "link.json");
  }

  @Test
  void aDanglingLinkIsRefused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("nowhere.json"));
    assertThatThrownBy(() -> write(link)).isInstanceOf(NotRegularFileException.class);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertNothingBeside("link.json");
  }

  @Test
  void aFolderIsRefused() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out.json"));
    assertThatThrownBy(() -> write(folder)).isInstanceOfSatisfying(NotRegularFileException.class,
        e -> assertThat(e.found()).isEqualTo("a folder"));
    assertThat(folder).isEmptyDirectory();
    assertNothingBeside("out.json");
  }
}
