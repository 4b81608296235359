package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * A folder bank read on several threads is the folder bank read on one: the same bank and
 * warnings, or the same problems in the same order, each in its file at its line and column.
 */
class ParallelFolderBankTest {
  private static final Hindsight SEQUENTIAL = Hindsight.standard();
  private static final List<String> FORMATS = List.of("json", "jsonl", "markdown");

  /** One file of the folder: a question in a format, perhaps broken, perhaps a copy of another's question. */
  record Spec(String format, int copyOf, Optional<Mutation> broken) {}

  @Provide
  Arbitrary<Spec> files() {
    Arbitrary<Mutation> mutations = Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 1).map(Mutation::truncate),
        Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 7)).as(Mutation::flip),
        Arbitraries.doubles().between(0, 1).map(Mutation::deleteLine),
        Arbitraries.doubles().between(0, 1).map(Mutation::duplicateLine),
        Arbitraries.integers().between(0, 50).map(Mutation::collideIds));
    return Combinators.combine(Arbitraries.of(FORMATS), Arbitraries.integers().between(-1, 3),
        mutations.optional(0.3)).as(Spec::new);
  }

  @Property(tries = 40)
  void aFolderReadOnSeveralThreadsIsTheFolderReadOnOne(@ForAll long seed, @ForAll @Size(max = 8) List<@From("files") Spec> specs,
      @ForAll @IntRange(min = 2, max = 4) int threads) throws IOException {
    inFolder(folder -> {
      for (int i = 0; i < specs.size(); i++) {
        Spec spec = specs.get(i);
        // A copy of an earlier file's question makes an id used in two files.
        long questionSeed = spec.copyOf() >= 0 && spec.copyOf() < i ? seed + spec.copyOf() : seed + i;
        Question question = RandomQuestions.question(questionSeed).withTopic(Optional.empty());
        FormatProvider format = SEQUENTIAL.format(spec.format()).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().orElseThrow().writeQuestion(question, out);
        byte[] bytes = spec.broken().map(m -> m.on(out.toByteArray())).orElse(out.toByteArray());
        Files.write(folder.resolve(String.format("f%02d.%s", i, format.extensions().get(0))), bytes);
      }
      Object sequential = read(SEQUENTIAL, folder);
      Statistics.label("folder").collect(sequential instanceof FormatException ? "problems" : "bank");
      assertThat(outcome(read(SEQUENTIAL.withParallelism(threads), folder))).isEqualTo(outcome(sequential));
    });
  }

  /** What a property does with its folder. */
  private interface InFolder {
    void run(Path folder) throws IOException;
  }

  /** Runs a property in a temporary folder of its own, deleted afterwards. */
  private static void inFolder(InFolder body) throws IOException {
    Path folder = Files.createTempDirectory("parallel-folder");
    try {
      body.run(folder);
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static Object read(Hindsight hindsight, Path folder) throws IOException {
    try {
      return hindsight.checkBank(folder);
    } catch (FormatException e) {
      return e;
    }
  }

  /** What a caller sees of a read: the bank and its warnings, or the problems, warnings and message. */
  private static Object outcome(Object read) {
    if (read instanceof FormatException e) {
      return List.of(e.getMessage(), e.problems(), e.warnings());
    }
    return read;
  }

  @Property(tries = 10)
  void aFolderOfManyFilesReadsTheSameOnAnyNumberOfThreads(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int threads)
      throws IOException {
    inFolder(folder -> {
      List<Question> written = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        Question question = RandomQuestions.question(seed + i).withTopic(Optional.empty());
        written.add(question);
        SEQUENTIAL.write(question, folder.resolve(String.format("q%02d.%s", i, i % 2 == 0 ? "json" : "md")));
      }
      assertThat(SEQUENTIAL.withParallelism(threads).readBank(folder).questions()).isEqualTo(written);
    });
  }
}
