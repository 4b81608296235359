package io.github.hindsight.spi;

import io.github.hindsight.internal.Printable;
import io.github.hindsight.model.ModelPath;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a problem is: the document, and a line and column (from 1), a JSON pointer, or both.
 * The document's name and the pointer are printable text on one line, as a
 * {@link FormatProblem}'s message is.
 */
@Value.Immutable
abstract class AbstractLocation {
  /** @return the document, usually a file name */
  public abstract String source();

  /** @return the line, from 1; empty when the problem is located by a pointer alone */
  public abstract OptionalInt line();

  /** @return the column, from 1; empty when the problem is located by a pointer alone */
  public abstract OptionalInt column();

  /**
   * @return a JSON pointer (RFC 6901), such as {@code /objectives/3/actors/0}; a location made
   *     from a {@link io.github.hindsight.model.ModelPath} holds its
   *     {@link io.github.hindsight.model.ModelPath#pointer()}; empty when the problem is located
   *     by line and column alone, or by the document alone
   */
  public abstract Optional<String> pointer();

  /**
   * A line and column in a document.
   *
   * @param source the document
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the location
   */
  public static Location at(String source, int line, int column) {
    Objects.requireNonNull(source, "source");
    return Location.builder().source(source).line(line).column(column).build();
  }

  /**
   * A JSON pointer in a document.
   *
   * @param source the document
   * @param pointer a JSON pointer (RFC 6901), such as {@code /objectives/3/actors/0}, or {@code ""}
   *     for the whole document
   * @return the location
   */
  public static Location atPointer(String source, String pointer) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pointer, "pointer");
    return Location.builder().source(source).pointer(pointer).build();
  }

  /**
   * A place in the model of a document, as its JSON pointer: where a writer refuses a part of a
   * question, for example.
   *
   * @param source the document
   * @param path the path in the model, such as {@code objectives[3].actors[0]}
   * @return the location, with the pointer of {@code path}
   */
  public static Location at(String source, ModelPath path) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    return Location.builder().source(source).pointer(path.pointer()).build();
  }

  /**
   * A whole document, with no place in it: for problems such as an empty file.
   *
   * @param source the document
   * @return the location
   */
  public static Location of(String source) {
    Objects.requireNonNull(source, "source");
    return Location.builder().source(source).build();
  }

  @Value.Check
  AbstractLocation printable() {
    String source = Printable.escape(source());
    Optional<String> pointer = escaped(pointer());
    return source.equals(source()) && pointer.equals(pointer()) ? this
        : Location.builder().from(this).source(source).pointer(pointer).build();
  }

  private static Optional<String> escaped(Optional<String> text) {
    return text.isPresent() ? Optional.of(Printable.escape(text.get())) : text;
  }

  /** @return {@code source:line:column} followed by the pointer, when known */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source());
    OptionalInt line = line();
    if (line.isPresent()) {
      sb.append(':').append(line.getAsInt());
    }
    OptionalInt column = column();
    if (column.isPresent()) {
      sb.append(':').append(column.getAsInt());
    }
    Optional<String> pointer = pointer();
    if (pointer.isPresent()) {
      sb.append(" (").append(pointer.get()).append(')');
    }
    return sb.toString();
  }
}
