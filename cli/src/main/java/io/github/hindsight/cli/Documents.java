package io.github.hindsight.cli;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.Problem;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.support.AssembledBank;
import io.github.hindsight.spi.support.BankAssembler;
import io.github.hindsight.spi.support.Locator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads a file as whatever it holds, a question or a bank, since the commands accept both. */
final class Documents {
  private Documents() {}

  /**
   * A folder as the facade merges it; a file as a bank or, failing that, as one question. When
   * both fail, the problems reported are those of the attempt that got further into the file,
   * so that a broken question is not reported as "not a bank" (nor a broken bank as "not a question").
   */
  static QuestionBank read(Hindsight hindsight, Path path, @Nullable String formatId) throws IOException {
    if (Files.isDirectory(path)) {
      return hindsight.readBank(path);
    }
    FormatException asBank;
    try {
      return formatId == null ? hindsight.readBank(path) : hindsight.readBank(path, formatId);
    } catch (FormatException e) {
      asBank = e;
    }
    try {
      return QuestionBank.builder().addQuestion(formatId == null ? hindsight.read(path) : hindsight.read(path, formatId)).build();
    } catch (FormatException asQuestion) {
      throw reach(asBank) > reach(asQuestion) ? asBank : asQuestion;
    }
  }

  /**
   * A file or folder read as {@link #read} does, with the warnings of the bank, each located in
   * its file. A file is first read once, as a bank or as one question whose topic may be defined
   * elsewhere ({@link Hindsight#checkDocument}); only when that fails is it read again as
   * {@link #read} does, so that the problems reported are those of the attempt that got further,
   * and the warnings of a question read that way are located by their path in it.
   */
  static AssembledBank check(Hindsight hindsight, Path path) throws IOException {
    FormatException asBank;
    try {
      return hindsight.checkDocument(path);
    } catch (FormatException e) {
      if (Files.isDirectory(path)) {
        throw e;
      }
      asBank = e;
    }
    QuestionBank bank;
    try {
      bank = read(hindsight, path, null);
    } catch (FormatException e) {
      e.addSuppressed(asBank);
      throw e;
    }
    Locator locator = Locator.pointers(path.toString());
    List<FormatProblem> warnings = new ArrayList<>();
    for (Question q : bank.questions()) {
      for (Problem p : q.validate().warnings()) {
        warnings.add(BankAssembler.located(p, locator));
      }
    }
    return new AssembledBank(bank, warnings);
  }

  /** How far into the document the last problem is: its line, or failing that its pointer's length. */
  private static long reach(FormatException e) {
    long furthest = 0;
    for (FormatProblem p : e.problems()) {
      long at = p.location().line().isPresent()
          ? (long) p.location().line().getAsInt() << 20 | p.location().column().orElse(0)
          : p.location().pointer().map(String::length).orElse(0);
      furthest = Math.max(furthest, at);
    }
    return furthest;
  }
}
