package io.github.hindsight;

import io.github.hindsight.model.ModelPath;
import io.github.hindsight.model.Problem;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.Location;
import io.github.hindsight.spi.support.AssembledBank;
import io.github.hindsight.spi.support.BankAssembler;
import io.github.hindsight.spi.support.BankPart;
import io.github.hindsight.spi.support.Locator;
import io.github.hindsight.spi.support.OrderedWork;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    for (Read read : OrderedWork.map(parallelism, files, file -> read(reader, file, parallelism > 1))) {
      if (read.part() != null) {
        assembler.add(read.part());
      } else {
        assembler.addProblems(read.problems());
      }
    }
    return assembler.assemble();
  }

  private static Read read(PartReader reader, Path file, boolean onAThread) throws IOException {
    try {
      BankPart part = reader.read(file);
      return new Read(onAThread ? locatedAhead(part) : part, List.of());
    } catch (FormatException e) {
      return new Read(null, e.problems());
    }
  }

  /**
   * The part with the places of its questions' problems and warnings found now, on the thread
   * that read it, rather than one after another when the bank is assembled: a format may read a
   * document again to locate a path. The locations are the ones the part's locator gives, so
   * nothing changes but where the work is done; a path not found ahead is located as before.
   */
  private static BankPart locatedAhead(BankPart part) {
    Locator locator = part.locator();
    Map<ModelPath, Location> ahead = new HashMap<>();
    for (int i = 0; i < part.questions().size(); i++) {
      ModelPath question = ModelPath.of("questions").index(i);
      for (Problem p : part.questions().get(i).validate().problems()) {
        ModelPath path = question.resolve(p.path());
        try {
          ahead.put(path, locator.locate(path));
        } catch (RuntimeException e) {
          // Left to the assembler, which fails the same way if it asks for this path.
        }
      }
    }
    if (ahead.isEmpty()) {
      return part;
    }
    return new BankPart(part.source(), part.questions(), part.topics(), path -> {
      Location at = ahead.get(path);
      return at != null ? at : locator.locate(path);
    });
  }
}
