package io.github.hindsight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.testformats.TinyFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade reads on the threads it is told to, and what it reads does not depend on them. */
class ParallelReadingTest {
  @TempDir Path dir;

  /** What each read was asked: its options, and the thread it ran on. */
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  private final Set<Integer> parallelisms = ConcurrentHashMap.newKeySet();

  private final TinyFormat recording = new TinyFormat() {
    @Override
    public QuestionBank readBank(InputStream in, ReadOptions options) throws IOException {
      threads.add(Thread.currentThread());
      parallelisms.add(options.parallelism());
      if (options.sourceName().endsWith("broken.tiny")) {
        throw new IOException("cannot read " + options.sourceName());
      }
      return super.readBank(in, options);
    }
  };

  private final Hindsight sequential = Hindsight.builder().useServiceLoader(false).addFormat(recording).build();

  private static Question question(String id) {
    return Question.builder().id(id).prompt("Who gained most from " + id + "?").build();
  }

  @Test
  void oneThreadIsTheDefaultAndTheRangeIsChecked() {
    assertThat(sequential.parallelism()).isEqualTo(1);
    assertThat(sequential.withParallelism(1)).isSameAs(sequential);
    assertThat(sequential.withParallelism(3).parallelism()).isEqualTo(3);
    assertThat(sequential.withParallelism(3).formats()).isEqualTo(sequential.formats());
    assertThatThrownBy(() -> sequential.withParallelism(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parallelism must be from 1 to 256");
  }

  @Test
  void theFilesOfAFolderAreReadOnTheThreadsEachInOneAndMergedInTheirOrder() throws IOException {
    for (int i = 0; i < 12; i++) {
      sequential.write(question("q" + (11 - i)), dir.resolve(String.format("f%02d.tiny", i)));
    }
    QuestionBank bank = sequential.withParallelism(3).readBank(dir);
    assertThat(bank.questions()).extracting(Question::id)
        .containsExactly("q11", "q10", "q9", "q8", "q7", "q6", "q5", "q4", "q3", "q2", "q1", "q0");
    // This thread reads files too, beside two others, which have ended.
    assertThat(threads).hasSizeLessThanOrEqualTo(3)
        .allMatch(t -> t == Thread.currentThread() || t.getName().startsWith("hindsight-read-") && !t.isAlive());
    assertThat(parallelisms).containsExactly(1);
    assertThat(sequential.readBank(dir)).isEqualTo(bank);
  }

  @Test
  void aSingleFileIsReadWithTheParallelismForItsFormatToUse() throws IOException {
    Path file = dir.resolve("a.tiny");
    sequential.write(question("a"), file);
    sequential.withParallelism(4).readBank(file);
    assertThat(parallelisms).containsExactly(4);
  }

  @Test
  void aFileThatCannotBeReadStopsAParallelReadAsItStopsASequentialOne() throws IOException {
    sequential.write(question("a"), dir.resolve("a.tiny"));
    sequential.write(question("b"), dir.resolve("broken.tiny"));
    sequential.write(question("c"), dir.resolve("c.tiny"));
    assertThatThrownBy(() -> sequential.withParallelism(2).readBank(dir)).isInstanceOf(IOException.class)
        .hasMessage("cannot read " + dir.resolve("broken.tiny"));
    assertThat(threads).isNotEmpty().allMatch(t -> t == Thread.currentThread() || !t.isAlive());
  }
}
