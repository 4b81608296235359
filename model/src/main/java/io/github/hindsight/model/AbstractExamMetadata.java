package io.github.hindsight.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** How an exam board sets the question: command word, labelled interpretations, marks and mark scheme. */
@Value.Immutable
abstract class AbstractExamMetadata {
  /** @return the board, such as {@code AQA}; empty if not given */
  public abstract Optional<String> board();

  /** @return the paper or unit; empty if not given */
  public abstract Optional<String> paper();

  /** @return the command word, such as {@code How far}; empty if not given */
  public abstract Optional<String> commandWord();

  /** @return the marks available; empty if not given */
  public abstract OptionalInt marks();

  /** @return the assessment objectives tested, such as {@code AO4} */
  public abstract List<String> assessmentObjectives();

  /** @return the interpretations as the paper labels them */
  public abstract List<LabelledInterpretation> interpretations();

  /** @return the levels of the mark scheme */
  public abstract List<LevelDescriptor> levels();

  /** @return points an answer may make */
  public abstract List<String> indicativeContent();

  @Value.Check
  void check() {
    Checks.optionalText("board", board());
    Checks.optionalText("paper", paper());
    Checks.optionalText("commandWord", commandWord());
    Checks.texts("assessmentObjectives", assessmentObjectives());
    Checks.texts("indicativeContent", indicativeContent());
    if (marks().isPresent() && marks().getAsInt() < 1) {
      throw Checks.problem("marks", ProblemKind.BAD_VALUE, "expected 1 or more marks but found " + marks().getAsInt());
    }
    Checks.uniqueIds("interpretations", interpretations(), IdOf.LABELLED);
  }
}
