package io.github.hindsight.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A document, book, speech or page that evidence comes from. */
@Value.Immutable
abstract class AbstractSource {
  /** @return the id, such as {@code thirteen-days} */
  public abstract String id();

  /** @return the title */
  public abstract String title();

  /** @return the author; empty if not known */
  public abstract Optional<String> author();

  /** @return when it was written or published; empty if not known */
  public abstract Optional<HistoricalDate> date();

  /** @return where to find it: a page, an archive reference or an address; empty if not given */
  public abstract Optional<String> locator();

  @Value.Check
  void check() {
    Checks.optionalText("author", author());
    Checks.optionalText("locator", locator());
    Checks.id("id", id());
    Checks.notBlank("title", title());
  }
}
