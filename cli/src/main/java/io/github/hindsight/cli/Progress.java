package io.github.hindsight.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error, redrawn in place. It appears only on a terminal, and only
 * for long work: many items, or work still running after a second, so that short runs and
 * output captured by scripts stay clean.
 */
final class Progress implements AutoCloseable {
  static final int MANY = 100;
  static final long SLOW_NANOS = 1_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final int total;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long start;
  private int done;
  private int drawn = -1;

  Progress(PrintWriter err, String label, int total, boolean terminal, LongSupplier clock) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.terminal = terminal;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** A bar for the real terminal, if there is one. */
  static Progress onTerminal(PrintWriter err, String label, int total) {
    return new Progress(err, label, total, System.console() != null, System::nanoTime);
  }

  /** One more item done. */
  void step() {
    done++;
    if (!terminal || !(total > MANY || clock.getAsLong() - start > SLOW_NANOS)) {
      return;
    }
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    if (filled == drawn && done != total) {
      return;
    }
    drawn = filled;
    err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total);
    err.flush();
  }

  /** Ends the bar's line, if one was drawn. */
  @Override
  public void close() {
    if (drawn >= 0) {
      err.println();
      err.flush();
    }
  }
}
