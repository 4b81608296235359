package io.github.hindsight.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an interpretation comes from, in the terms exam boards use: who wrote it, in what work,
 * when, from which school, and its nature, origin and purpose.
 */
@Value.Immutable
abstract class AbstractProvenance {
  /** @return the historian or writer; empty if not given */
  public abstract Optional<String> author();

  /** @return the work it comes from; empty if not given */
  public abstract Optional<String> work();

  /** @return when it was written; empty if not given */
  public abstract Optional<HistoricalDate> date();

  /** @return the school of thought, such as {@code orthodox} or {@code revisionist}; empty if not given */
  public abstract Optional<String> school();

  /** @return what kind of text it is, such as an academic history or a memoir; empty if not given */
  public abstract Optional<String> nature();

  /** @return where and by whom it was produced; empty if not given */
  public abstract Optional<String> origin();

  /** @return why it was produced; empty if not given */
  public abstract Optional<String> purpose();

  @Value.Check
  void check() {
    Checks.optionalText("author", author());
    Checks.optionalText("work", work());
    Checks.optionalText("school", school());
    Checks.optionalText("nature", nature());
    Checks.optionalText("origin", origin());
    Checks.optionalText("purpose", purpose());
  }
}
