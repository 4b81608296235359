package io.github.hindsight.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a value is within a question or a bank: a list of segments, each a member name or an
 * index into a list, such as {@code objectives}, {@code 3}, {@code actors}, {@code 0}.
 *
 * <p>It prints as {@code objectives[3].actors[0]} ({@link #toString()}) and as the JSON pointer
 * (RFC 6901) {@code /objectives/3/actors/0} ({@link #pointer()}); the member names are those of
 * the JSON format, so that the pointer of a problem is the pointer into a JSON document of the
 * same content. Paths are built from {@link #root()} by {@link #field(String)} and
 * {@link #index(int)}, each returning a new path.
 *
 * <p>Immutable, thread-safe and serializable; equal when the segments are equal.
 */
public final class ModelPath implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ModelPath ROOT = new ModelPath(List.of());
  /** A pointer token read as an index: a non-negative int without leading zeros. */
  private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");

  /** One step of a path: a member name or an index. */
  public sealed interface Segment extends Serializable permits Member, Index {}

  /**
   * A member of an object, such as {@code actors}.
   *
   * @param name the member's name
   */
  public record Member(String name) implements Segment {
    /**
     * Creates the segment.
     *
     * @param name the member's name
     */
    public Member {
      Objects.requireNonNull(name, "name");
    }

    // Written out, not generated: a record's generated equals and hashCode are bootstrapped
    // through method handles on first use, a few milliseconds of every short command's start.
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Member other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }

  /**
   * A position in a list, from 0.
   *
   * @param index the position
   */
  public record Index(int index) implements Segment {
    /**
     * Creates the segment.
     *
     * @param index the position, 0 or more
     * @throws IllegalArgumentException if it is negative
     */
    public Index {
      if (index < 0) {
        throw new IllegalArgumentException("expected an index of 0 or more but found " + index);
      }
    }

    // Written out for the same reason as Member's.
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Index other && index == other.index;
    }

    @Override
    public int hashCode() {
      return Integer.hashCode(index);
    }
  }

  private final List<Segment> segments;

  private ModelPath(List<Segment> segments) {
    this.segments = segments;
  }

  /** @return the empty path, which is the question or bank itself */
  public static ModelPath root() {
    return ROOT;
  }

  /**
   * The path of a member of the root, such as {@code id}: {@code root().field(name)}.
   *
   * @param name the member's name
   * @return the path
   */
  public static ModelPath of(String name) {
    return ROOT.field(name);
  }

  /**
   * Reads a JSON pointer (RFC 6901), such as {@code /objectives/3/actors/0}. A token that is a
   * non-negative number without leading zeros, such as {@code 3}, is read as an index; any other
   * as a member name, with {@code ~1} read as {@code /} and {@code ~0} as {@code ~}.
   *
   * @param pointer the pointer; the empty pointer is the root
   * @return the path
   * @throws IllegalArgumentException if it is not a JSON pointer
   */
  public static ModelPath parsePointer(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (pointer.isEmpty()) {
      return ROOT;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("expected a JSON pointer starting with '/' but found '" + pointer + "'");
    }
    List<Segment> out = new ArrayList<>();
    for (String token : pointer.substring(1).split("/", -1)) {
      out.add(INDEX.matcher(token).matches() ? new Index(Integer.parseInt(token)) : new Member(unescape(token, pointer)));
    }
    return new ModelPath(List.copyOf(out));
  }

  private static String unescape(String token, String pointer) {
    StringBuilder sb = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c != '~') {
        sb.append(c);
        continue;
      }
      char next = i + 1 < token.length() ? token.charAt(i + 1) : ' ';
      if (next != '0' && next != '1') {
        throw new IllegalArgumentException("expected '~0' or '~1' in the JSON pointer '" + pointer + "' but found a '~' on its own");
      }
      sb.append(next == '0' ? '~' : '/');
      i++;
    }
    return sb.toString();
  }

  /**
   * This path followed by a member.
   *
   * @param name the member's name, such as {@code actors}
   * @return the new path
   */
  public ModelPath field(String name) {
    return then(new Member(name));
  }

  /**
   * This path followed by a position in a list.
   *
   * @param index the position, from 0
   * @return the new path
   * @throws IllegalArgumentException if the index is negative
   */
  public ModelPath index(int index) {
    return then(new Index(index));
  }

  /**
   * This path followed by another, as when a reader places the path of a problem found in one
   * value, {@code actors[0]}, under where it read the value, {@code questions[2]}.
   *
   * @param rest the path within the value at this path
   * @return the joined path
   */
  public ModelPath resolve(ModelPath rest) {
    Objects.requireNonNull(rest, "rest");
    if (rest.segments.isEmpty()) {
      return this;
    }
    List<Segment> out = new ArrayList<>(segments);
    out.addAll(rest.segments);
    return new ModelPath(List.copyOf(out));
  }

  private ModelPath then(Segment segment) {
    List<Segment> out = new ArrayList<>(segments.size() + 1);
    out.addAll(segments);
    out.add(segment);
    return new ModelPath(List.copyOf(out));
  }

  /** @return the segments, outermost first; empty for the root */
  public List<Segment> segments() {
    return segments;
  }

  /** @return whether this is the root, with no segments */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /** @return the path without its last segment; empty for the root */
  public Optional<ModelPath> parent() {
    return segments.isEmpty() ? Optional.empty() : Optional.of(new ModelPath(List.copyOf(segments.subList(0, segments.size() - 1))));
  }

  /**
   * The path from a segment on, such as {@code topic} of {@code questions[7].topic} from 2.
   *
   * @param begin the first segment kept, from 0 to the number of segments
   * @return the rest of the path
   * @throws IndexOutOfBoundsException if there are fewer segments
   */
  public ModelPath subpath(int begin) {
    return begin == 0 ? this : new ModelPath(List.copyOf(segments.subList(begin, segments.size())));
  }

  /**
   * Whether this path is the given one or lies within it.
   *
   * @param prefix the enclosing path
   * @return true if the first segments of this path are those of {@code prefix}
   */
  public boolean startsWith(ModelPath prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return prefix.segments.size() <= segments.size() && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
  }

  /**
   * The JSON pointer (RFC 6901) of this path, with {@code ~} written {@code ~0} and {@code /}
   * written {@code ~1} in member names.
   *
   * @return such as {@code /objectives/3/actors/0}; the empty string for the root
   */
  public String pointer() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      sb.append('/');
      if (s instanceof Index i) {
        sb.append(i.index());
      } else {
        sb.append(((Member) s).name().replace("~", "~0").replace("/", "~1"));
      }
    }
    return sb.toString();
  }

  /** @return the path as members joined by dots and indices in brackets, such as {@code objectives[3].actors[0]}; empty for the root */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (s instanceof Index i) {
        sb.append('[').append(i.index()).append(']');
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(((Member) s).name());
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ModelPath other && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }
}
