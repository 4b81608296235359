package io.github.hindsight.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;
import org.immutables.value.Value;

/** Every problem that validation found, in the order of the document. */
@Value.Immutable
abstract class AbstractValidationReport {
  /** @return every problem */
  public abstract List<Problem> problems();

  /** @return the problems of severity {@link Severity#ERROR} */
  public List<Problem> errors() {
    return ofSeverity(Severity.ERROR);
  }

  /** @return the problems of severity {@link Severity#WARNING} */
  public List<Problem> warnings() {
    return ofSeverity(Severity.WARNING);
  }

  private List<Problem> ofSeverity(Severity severity) {
    List<Problem> all = problems();
    // Most reports are empty, and every writer asks for the errors of every question it writes.
    if (all.isEmpty()) {
      return List.of();
    }
    List<Problem> found = new ArrayList<>();
    for (Problem p : all) {
      if (p.severity() == severity) {
        found.add(p);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /** @return true if there is no error; warnings are allowed */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /** @return one problem a line, or {@code no problems} */
  @Override
  public String toString() {
    if (problems().isEmpty()) {
      return "no problems";
    }
    StringJoiner lines = new StringJoiner("\n");
    for (Problem p : problems()) {
      lines.add(p.toString());
    }
    return lines.toString();
  }
}
