package io.github.hindsight.testkit;

import io.github.hindsight.spi.Location;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A document that a reader must refuse, and where the problem is expected: a line and column, a
 * pointer, or just somewhere. Immutable.
 */
public final class BrokenDocument {
  private final String name;
  private final byte[] content;
  private final OptionalInt line;
  private final OptionalInt column;
  private final Optional<String> pointer;

  private BrokenDocument(String name, byte[] content, OptionalInt line, OptionalInt column, Optional<String> pointer) {
    this.name = name;
    this.content = content.clone();
    this.line = line;
    this.column = column;
    this.pointer = pointer;
  }

  /**
   * A broken document whose problems may be anywhere, as long as each has a line or a pointer.
   *
   * @param name the name readers are given for it, which every location must carry
   * @param content the bytes
   * @return the document
   */
  public static BrokenDocument of(String name, byte[] content) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    return new BrokenDocument(name, content, OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
  }

  /**
   * A broken document given as UTF-8 text.
   *
   * @param name the name readers are given for it
   * @param text the text
   * @return the document
   */
  public static BrokenDocument of(String name, String text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    return of(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The same document, where one of the problems must be at a line and column.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the document
   */
  public BrokenDocument at(int line, int column) {
    return new BrokenDocument(name, content, OptionalInt.of(line), OptionalInt.of(column), pointer);
  }

  /**
   * The same document, where one of the problems must be at a line, in any column.
   *
   * @param line the line, from 1
   * @return the document
   */
  public BrokenDocument atLine(int line) {
    return new BrokenDocument(name, content, OptionalInt.of(line), OptionalInt.empty(), pointer);
  }

  /**
   * The same document, where one of the problems must have a pointer.
   *
   * @param pointer a JSON pointer or model path, such as {@code /objectives/0/outcome}
   * @return the document
   */
  public BrokenDocument atPointer(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return new BrokenDocument(name, content, line, column, Optional.of(pointer));
  }

  /** @return the name readers are given for it */
  public String name() {
    return name;
  }

  /** @return a copy of the bytes */
  public byte[] content() {
    return content.clone();
  }

  /**
   * Whether a location is where this document expects a problem.
   *
   * @param location a problem's location
   * @return true if it matches every expectation set
   */
  public boolean expects(Location location) {
    Objects.requireNonNull(location, "location");
    return (line.isEmpty() || location.line().equals(line))
        && (column.isEmpty() || location.column().equals(column))
        && (pointer.isEmpty() || location.pointer().equals(pointer));
  }

  /** @return whether a place is expected at all */
  public boolean hasExpectedLocation() {
    return line.isPresent() || pointer.isPresent();
  }

  /** @return the name and the expected place, for failure messages */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name);
    line.ifPresent(l -> sb.append(':').append(l));
    column.ifPresent(c -> sb.append(':').append(c));
    pointer.ifPresent(p -> sb.append(" (").append(p).append(')'));
    return sb + " (" + content.length + " bytes: " + new String(Arrays.copyOf(content, Math.min(60, content.length)), StandardCharsets.UTF_8) + ")";
  }
}
