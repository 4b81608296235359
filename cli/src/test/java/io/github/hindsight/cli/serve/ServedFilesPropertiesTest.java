package io.github.hindsight.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever path an address gives, the file it resolves to is one of those served, or none. */
class ServedFilesPropertiesTest {
  private static Path temp;
  private static Path folder;
  private static ServedFiles files;

  @BeforeContainer
  static void folder() throws IOException {
    temp = Files.createTempDirectory("served");
    folder = Files.createDirectories(temp.resolve("questions/inner"));
    Path cuba = Path.of("..", "examples", "questions", "cuban-missile-crisis.md");
    Files.copy(cuba, temp.resolve("outside.md"));
    Files.copy(cuba, temp.resolve("questions/cuba.md"));
    Files.copy(cuba, folder.resolve("deep.md"));
    files = new ServedFiles(Hindsight.standard(), temp.resolve("questions"));
  }

  @AfterContainer
  static void clean() throws IOException {
    for (String f : new String[] {"questions/inner/deep.md", "questions/inner", "questions/cuba.md", "questions", "outside.md"}) {
      Files.deleteIfExists(temp.resolve(f));
    }
    Files.deleteIfExists(temp);
  }

  @Property(tries = 500)
  void noPathEscapesTheFolder(@ForAll("paths") String relative) throws IOException {
    Optional<Path> resolved = files.resolve(relative);
    Path root = temp.resolve("questions").toRealPath();
    resolved.ifPresent(p -> assertThat(p).startsWith(root).isRegularFile());
    assertThat(resolved.map(files::relative)).isIn(Optional.empty(), Optional.of("cuba.md"), Optional.of("inner/deep.md"));
  }

  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> segment = Arbitraries.oneOf(
        Arbitraries.of("..", ".", "", "questions", "inner", "cuba.md", "deep.md", "outside.md", "~", "%2e%2e", "\\..", "C:"),
        Arbitraries.strings().ofMaxLength(6));
    return segment.list().ofMaxSize(5).map(parts -> String.join("/", parts));
  }
}
