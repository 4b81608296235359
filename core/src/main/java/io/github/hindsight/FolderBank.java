package io.github.hindsight;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.support.AssembledBank;
import io.github.hindsight.spi.support.BankAssembler;
import io.github.hindsight.spi.support.BankPart;
import io.github.hindsight.spi.support.OrderedWork;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The files of a folder read into one bank, one after another or side by side: either way the
 * parts are assembled in the order of the files, so the bank, or every problem, is the same.
 */
final class FolderBank {
  private FolderBank() {}

  /** Reads one file of the folder as a part of the bank. */
  @FunctionalInterface
  interface PartReader {
    BankPart read(Path file) throws IOException;
  }

  /** A file read: its part, or the problems that stopped it. */
  private record Read(@Nullable BankPart part, List<FormatProblem> problems) {}

  /**
   * Reads the files, in their order, on as many threads as {@code parallelism} says (1 reads in
   * this thread alone).
   */
  static AssembledBank assemble(List<Path> files, int parallelism, PartReader reader) throws IOException {
    BankAssembler assembler = new BankAssembler();
    for (Read read : OrderedWork.map(parallelism, files, file -> read(reader, file))) {
      if (read.part() != null) {
        assembler.add(read.part());
      } else {
        assembler.addProblems(read.problems());
      }
    }
    return assembler.assemble();
  }

  private static Read read(PartReader reader, Path file) throws IOException {
    try {
      return new Read(reader.read(file), List.of());
    } catch (FormatException e) {
      return new Read(null, e.problems());
    }
  }
}
