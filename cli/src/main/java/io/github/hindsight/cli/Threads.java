package io.github.hindsight.cli;

import io.github.hindsight.Hindsight;
import io.github.hindsight.spi.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code --threads N}: how many threads reading a folder or a JSON Lines file may use, for the
 * commands that read whole corpora. One by default, as a small tool that shares its machine
 * should; 0 for every processor the machine has.
 */
@Command
final class Threads {
  @Option(names = "--threads", paramLabel = "N",
      description = "Read the files of a folder, or the lines of a JSON Lines file, on N threads (0: one per processor; default: 1). "
          + "What is read and every problem reported are the same on any number.")
  int threads = 1;

  /** The facade, reading on the threads asked for. */
  Hindsight apply(Hindsight hindsight) {
    int n = threads == 0 ? Math.min(Runtime.getRuntime().availableProcessors(), ReadOptions.MAX_PARALLELISM) : threads;
    if (n < 1 || n > ReadOptions.MAX_PARALLELISM) {
      throw CliException.usage(Failures.PREFIX + "--threads: expected a number of threads from 1 to " + ReadOptions.MAX_PARALLELISM
          + ", or 0 for one per processor, but found " + threads);
    }
    return hindsight.withParallelism(n);
  }
}
