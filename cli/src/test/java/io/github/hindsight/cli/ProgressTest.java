package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final StringWriter err = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  private String run(int total, boolean terminal, long nanosPerStep) {
    try (Progress p = new Progress(new PrintWriter(err, true), "writing", total, terminal, now::get)) {
      for (int i = 0; i < total; i++) {
        now.addAndGet(nanosPerStep);
        p.step();
      }
    }
    return err.toString();
  }

  @Test
  void manyItemsOnATerminalDrawABarThatEndsFull() {
    String drawn = run(Progress.MANY + 1, true, 0);
    assertThat(drawn).startsWith("\rwriting [").endsWith("] 101/101\n").contains("[" + "#".repeat(30) + "]");
    // Redrawn only when the bar grows, not once per item.
    assertThat(drawn.chars().filter(c -> c == '\r')).hasSizeLessThanOrEqualTo(31);
  }

  @Test
  void nothingWithoutATerminal() {
    assertThat(run(1000, false, Progress.SLOW_NANOS)).isEmpty();
  }

  @Test
  void fewQuickItemsDrawNothing() {
    assertThat(run(10, true, 1000)).isEmpty();
  }

  @Test
  void fewSlowItemsDrawOnceTheWorkTakesLong() {
    String drawn = run(4, true, Progress.SLOW_NANOS / 2);
    assertThat(drawn).doesNotContain(" 1/4").doesNotContain(" 2/4").contains(" 3/4").endsWith(" 4/4\n");
  }
}
