package io.github.hindsight.cli;

import io.github.hindsight.Hindsight;
import io.github.hindsight.spi.ReadOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --threads N}: how many threads reading a folder or a JSON Lines file may use, for the
 * commands that read whole corpora. One by default, as a small tool that shares its machine
 * should; 0 for every processor the machine has.
 */
final class Threads {
  private final OptionSpec threads;

  /** @param spec the command that takes {@code --threads} */
  Threads(CommandSpec spec) {
    threads = Specs.add(spec, OptionSpec.builder("--threads").paramLabel("N").type(int.class).initialValue(1)
        .description("Read the files of a folder, or the lines of a JSON Lines file, on N threads (0: one per processor; default: 1). "
            + "What is read and every problem reported are the same on any number."));
  }

  /** The facade, reading on the threads asked for. */
  Hindsight apply(Hindsight hindsight) {
    int threads = this.threads.<Integer>getValue();
    int n = threads == 0 ? Math.min(Runtime.getRuntime().availableProcessors(), ReadOptions.MAX_PARALLELISM) : threads;
    if (n < 1 || n > ReadOptions.MAX_PARALLELISM) {
      throw CliException.usage(Failures.PREFIX + "--threads: expected a number of threads from 1 to " + ReadOptions.MAX_PARALLELISM
          + ", or 0 for one per processor, but found " + threads);
    }
    return hindsight.withParallelism(n);
  }
}
