package io.github.hindsight.spi.support;

import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatProblem;
import java.util.List;
import java.util.Objects;

/**
 * A bank that passed every check, with the warnings that do not stop it, each located in the
 * document it came from; a warning's message starts with {@code warning: }, so that it prints as
 * {@code file:line:column: warning: actor 'ussr' has no objectives}.
 *
 * @param bank the bank, valid
 * @param warnings the warnings, in the order of the parts and then of each document
 */
public record AssembledBank(QuestionBank bank, List<FormatProblem> warnings) {
  /**
   * Creates the result, copying the list.
   *
   * @param bank the bank
   * @param warnings the warnings
   */
  public AssembledBank {
    Objects.requireNonNull(bank, "bank");
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }
}
