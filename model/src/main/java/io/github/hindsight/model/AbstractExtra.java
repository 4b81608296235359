package io.github.hindsight.model;

import org.immutables.value.Value;

/**
 * Content that a format read leniently but that the model does not define, kept so that writing
 * the question back out in the same format loses nothing. A JSON reader keeps an unknown member
 * with the JSON pointer of the object that held it; a Markdown reader keeps an unknown section.
 *
 * <p>Only the format that kept an extra knows where to put it back; other formats refuse a
 * question with extras they cannot hold rather than drop them.
 */
@Value.Immutable
abstract class AbstractExtra {
  /** @return the id of the format that kept it, such as {@code json} */
  public abstract String format();

  /** @return where it was, in the format's own terms, such as the JSON pointer {@code /objectives/0} */
  public abstract String location();

  /** @return its name, such as the unknown member's name or the section's heading; may be empty */
  public abstract String name();

  /** @return the content exactly as it was written, such as a JSON value or Markdown text */
  public abstract String content();

  @Value.Check
  void check() {
    Checks.id("format", format());
    // Whatever a format kept must be writable again, by that format as by any other.
    Checks.wholeCharacters("location", location());
    Checks.wholeCharacters("name", name());
    Checks.wholeCharacters("content", content());
  }
}
