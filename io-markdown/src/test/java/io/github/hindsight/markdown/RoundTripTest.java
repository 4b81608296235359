package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.ReadOptions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  @Test
  void theCubanSampleComesBackEqualAndWritesTheSameBytesTwice() {
    Question q = Samples.cubanMissileCrisis();
    String written = MarkdownFormat.write(q);
    Question read = MarkdownFormat.read(written, ReadOptions.named("cuban.md"));
    assertThat(read).isEqualTo(q);
    assertThat(MarkdownFormat.write(read)).isEqualTo(written);
  }

  @Property(tries = 200)
  void anyGeneratedQuestionComesBackEqual(@ForAll @LongRange(min = -100_000, max = 100_000) long seed, @ForAll @IntRange(min = 1, max = 5) int size) {
    Question q = RandomQuestions.question(seed, size);
    String written = MarkdownFormat.write(q);
    Question read = MarkdownFormat.read(written, ReadOptions.named("q-" + seed + ".md"));
    assertThat(read).as(written).isEqualTo(q);
    assertThat(MarkdownFormat.write(read)).isEqualTo(written);
  }
}
