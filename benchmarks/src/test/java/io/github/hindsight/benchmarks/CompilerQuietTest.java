package io.github.hindsight.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The wait for a quiet compiler, on a clock and a compiler that the test drives. */
class CompilerQuietTest {
  private static final long SECOND = 1_000_000_000L;

  /** Each operation takes a tenth of a second; the compiler works as the test says. */
  private static class Fake {
    long now;
    long compiledMillis;
    int operations;
    /** Milliseconds of compiling per operation, for the first so many operations. */
    final long busyPerOperation;
    final int busyOperations;

    Fake(long busyPerOperation, int busyOperations) {
      this.busyPerOperation = busyPerOperation;
      this.busyOperations = busyOperations;
    }

    void run() {
      now += SECOND / 10;
      if (operations++ < busyOperations) {
        compiledMillis += busyPerOperation;
      }
    }

    long settle(long max) throws Exception {
      return CompilerQuiet.settle(this::run, max, SECOND, () -> compiledMillis, () -> now);
    }
  }

  @Test
  void aQuietCompilerEndsTheWaitAfterTwoQuietWindows() throws Exception {
    Fake fake = new Fake(0, 0);
    assertThat(fake.settle(60 * SECOND)).isEqualTo(2 * SECOND);
    assertThat(fake.operations).isEqualTo(20);
  }

  @Test
  void theWaitLastsWhileTheCompilerWorks() throws Exception {
    // 30 ms of compiling per 100 ms operation for the first 5 s: busy windows, then two quiet ones.
    Fake fake = new Fake(30, 50);
    assertThat(fake.settle(60 * SECOND)).isEqualTo(7 * SECOND);
  }

  @Test
  void aLittleCompilingIsQuiet() throws Exception {
    // 9 ms per 100 ms is 9% of each window, under the 10% that counts as quiet.
    Fake fake = new Fake(9, 1000);
    assertThat(fake.settle(60 * SECOND)).isEqualTo(2 * SECOND);
  }

  @Test
  void aCompilerThatNeverStopsIsWaitedForNoLongerThanAllowed() throws Exception {
    Fake fake = new Fake(50, Integer.MAX_VALUE);
    assertThat(fake.settle(10 * SECOND)).isEqualTo(10 * SECOND);
  }

  @Test
  void aBusyWindowStartsTheCountAgain() throws Exception {
    // Quiet, then busy for the operations of the second window only, then quiet.
    Fake fake = new Fake(0, 0) {
      @Override
      void run() {
        super.run();
        if (operations > 10 && operations <= 20) {
          compiledMillis += 30;
        }
      }
    };
    assertThat(fake.settle(60 * SECOND)).isEqualTo(4 * SECOND);
  }

  @Test
  void theRealCompilerSettlesOrTheTimeRunsOut() throws Exception {
    int[] runs = {0};
    long took = CompilerQuiet.settle(() -> runs[0]++, SECOND / 2);
    assertThat(runs[0]).isPositive();
    assertThat(took).isPositive();
  }
}
