package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/** A Markdown folder read on several threads is the folder read on one, broken files and repeated ids included. */
class ParallelFolderTest {

  /**
   * Each number is a file: 0 a question, 1 the question of the file before it again (an id in two
   * files), 2 a question cut in half, 3 a file with a bad front matter line.
   */
  @Property(tries = 30)
  void aFolderReadOnSeveralThreadsIsTheFolderReadOnOne(@ForAll long seed, @ForAll @Size(max = 8) List<@IntRange(max = 3) Integer> files,
      @ForAll @IntRange(min = 2, max = 4) int threads, @ForAll boolean strict) throws IOException {
    Path folder = Files.createTempDirectory("markdown-folder");
    List<Path> written = new java.util.ArrayList<>();
    try {
      MarkdownFormat markdown = new MarkdownFormat();
      for (int i = 0; i < files.size(); i++) {
        int kind = files.get(i);
        Question q = RandomQuestions.question(seed + (kind == 1 && i > 0 ? i - 1 : i)).withTopic(Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        markdown.writer().orElseThrow().writeQuestion(q, out);
        String text = out.toString(StandardCharsets.UTF_8);
        if (kind == 2) {
          // Cut between characters: half of a surrogate pair cannot be written as UTF-8 at all.
          int half = text.length() / 2;
          text = text.substring(0, Character.isHighSurrogate(text.charAt(half - 1)) ? half - 1 : half);
        } else if (kind == 3) {
          text = text.replaceFirst("\n", "\nnot: [valid\n");
        }
        written.add(Files.writeString(folder.resolve(String.format("f%02d.md", i)), text));
      }
      Object one = read(folder, ReadOptions.builder().strict(strict).build());
      Statistics.label("folder").collect(one instanceof List ? "problems" : "bank");
      assertThat(read(folder, ReadOptions.builder().strict(strict).parallelism(threads).build())).isEqualTo(one);
    } finally {
      for (Path file : written) {
        Files.delete(file);
      }
      Files.delete(folder);
    }
  }

  /** The sample that once cut a question's text inside a surrogate pair, which no file can hold. */
  @Example
  void aCutBetweenTheHalvesOfACharacterPairIsNotMade() throws IOException {
    aFolderReadOnSeveralThreadsIsTheFolderReadOnOne(574, List.of(0, 2), 2, true);
  }

  private static Object read(Path folder, ReadOptions options) throws IOException {
    try {
      return MarkdownFolder.read(folder, options);
    } catch (FormatException e) {
      return List.of(e.getMessage(), e.problems());
    }
  }
}
