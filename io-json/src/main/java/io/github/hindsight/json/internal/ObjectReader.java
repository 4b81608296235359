package io.github.hindsight.json.internal;

import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.spi.support.ProblemList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * One object being read: the members met so far and where their names stand, so that a problem
 * found only when the object is built can still be put at the member it is about.
 *
 * <p>Not thread-safe: it belongs to the reader that began it.
 */
public final class ObjectReader {
  private final QuestionReader r;
  private String what;
  private List<String> members;
  private boolean keepable;
  private PropertyNameMatcher matcher;
  /** A bit for the position of each member of the table met so far. */
  private long seen;
  /** The names met so far that are none of the table's, once there is one. */
  private @Nullable Set<String> otherNames;
  private final long start;
  /** The object this one is in, while it is read. */
  private final @Nullable ObjectReader within;
  /** Its entry among the reader's locations, valid while their generation is {@link #generation}. */
  private final int entry;
  private final int generation;
  /** Its pointer, once asked for. */
  private @Nullable String pointer;
  /** The members met so far: the slots of {@link #met} from {@link #base} to its top. */
  private final Met met;
  private final int base;
  private boolean ok = true;

  ObjectReader(QuestionReader r, Table<?, ?> table, boolean header, @Nullable ObjectReader within) {
    this.r = r;
    this.what = table.what();
    this.members = header ? table.namesWithHeader() : table.names();
    this.keepable = table.keepable();
    this.matcher = table.matcher();
    this.within = within;
    this.met = r.met();
    this.base = met.top();
    Locations locations = r.locations();
    this.generation = locations.generation();
    this.start = r.tokens().here();
    this.entry = locations.object(r.tokens(), start, within == null ? -1 : within.entryNow());
    if (locations.standsAlone(entry)) {
      // Built already, and still needed once the locations are forgotten, as a stream's root is.
      this.pointer = locations.pointer(entry);
    }
  }

  /** @return the object this one is in, while it is read */
  @Nullable ObjectReader within() {
    return within;
  }

  /** @return its entry among the reader's locations, or a negative number if they have been forgotten since */
  int entryNow() {
    return generation == r.locations().generation() ? entry : -1;
  }

  /**
   * Moves to the value of the next member.
   *
   * @return its name, or null at the end of the object
   */
  @Nullable String next() {
    return nextMember() == END ? null : met.name(met.top() - 1);
  }

  /** What {@link #nextMember()} gives at the end of the object. */
  static final int END = PropertyNameMatcher.MATCH_END_OBJECT;

  /**
   * Moves to the value of the next member.
   *
   * @return the position of its member in the table, {@link #END} at the end of the object, or
   *     another number for a name that is none of the table's members (see {@link Table#member(int)})
   */
  int nextMember() {
    JsonParser p = r.tokens().parser();
    while (true) {
      int i = p.nextNameMatch(matcher);
      if (i < 0 && i != PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
        // The end of the object; nothing else can follow a member inside one.
        return END;
      }
      String name = i >= 0 ? matcher.nameLookup()[i] : p.currentName();
      long here = r.tokens().here();
      // Names are told apart here rather than by the parser, whose check puts every name of an
      // object from the third on in a hash set: a table's names by their bits, others in a set
      // made for the first of them.
      boolean again = i >= 0 ? (seen & 1L << i) != 0 : !otherNames().add(name);
      if (again) {
        r.problems().add(here, pointerOf(name), JsonTokens.givenTwice(name, what));
        ok = false;
        p.nextToken();
        p.skipChildren();
        continue;
      }
      met.add(name, here);
      if (i >= 0) {
        seen |= 1L << i;
      }
      p.nextToken();
      return i;
    }
  }

  /** @return the names met so far that are none of the table's, made on the first */
  private Set<String> otherNames() {
    Set<String> o = otherNames;
    if (o == null) {
      o = new HashSet<>();
      otherNames = o;
    }
    return o;
  }

  /**
   * Says what the object turned out to be, once its header has been read.
   *
   * @param table its members
   * @param header whether the object is a document, whose header is among its members
   */
  void as(Table<?, ?> table, boolean header) {
    this.what = table.what();
    this.members = header ? table.namesWithHeader() : table.names();
    this.keepable = table.keepable();
    this.matcher = table.matcher();
    // Only the header has been read, whose names follow the members in the new table's matcher.
    this.seen = header ? 3L << table.names().size() : 0;
  }

  /** @return the pointer of the object, made the first time it is asked for */
  String pointer() {
    String p = pointer;
    if (p == null) {
      p = r.locations().pointer(entry);
      pointer = p;
    }
    return p;
  }

  /**
   * Reads {@code format} and {@code version}, which open every document; call it first.
   *
   * @param accepted the formats allowed here
   * @return the format, or null (with a problem) if the header is missing, unknown or too new
   */
  @Nullable String header(List<String> accepted) {
    String n = next();
    if (!"format".equals(n)) {
      r.problems().add(n == null ? start : met.at(base), pointer(), "expected the member 'format' first, with the value " + expected(accepted)
          + ", but found " + (n == null ? "an empty object" : "the member '" + ProblemList.excerpt(n) + "'"));
      return null;
    }
    String format = r.tokens().string();
    if (format == null) {
      return null;
    }
    if (!accepted.contains(format)) {
      r.tokens().problemHere("unknown format '" + ProblemList.excerpt(format) + "'; expected " + expected(accepted));
      return null;
    }
    n = next();
    if (!"version".equals(n)) {
      r.problems().add(n == null ? start : met.at(base + 1), pointer(), "expected the member 'version' after 'format' but found "
          + (n == null ? "the end of the object" : "the member '" + ProblemList.excerpt(n) + "'"));
      return null;
    }
    Integer version = r.tokens().wholeNumber();
    if (version == null) {
      return null;
    }
    if (version > Json.VERSION) {
      r.tokens().problemHere("version " + version + " of '" + format + "' is newer than this Hindsight reads (up to version "
          + Json.VERSION + "); read it with a newer Hindsight");
      return null;
    }
    if (version < 1) {
      r.tokens().problemHere("expected a version from 1 to " + Json.VERSION + " but found " + version);
      return null;
    }
    return format;
  }

  /** The formats allowed, for a message: made only for a problem, as every line of JSON Lines has a header. */
  private static String expected(List<String> accepted) {
    return accepted.stream().map(f -> "'" + f + "'").collect(Collectors.joining(" or "));
  }

  /** Where the member that a pointer within the object starts with was read, or the object's start. */
  private long whereMember(String relativePointer) {
    if (relativePointer.isEmpty()) {
      return start;
    }
    int end = relativePointer.indexOf('/', 1);
    String segment = relativePointer.substring(1, end < 0 ? relativePointer.length() : end);
    for (int i = met.top() - 1; i >= base; i--) {
      if (QuestionWriter.escape(met.name(i)).equals(segment)) {
        return met.at(i);
      }
    }
    return start;
  }

  /**
   * The pointer of a member of the object.
   *
   * @param member its name
   * @return the pointer
   */
  String pointerOf(String member) {
    return pointer() + "/" + QuestionWriter.escape(member);
  }

  /** Refuses or keeps the current member, which the format does not define here. */
  void unknown() {
    String name = met.name(met.top() - 1);
    long here = met.at(met.top() - 1);
    if (r.strict() || !keepable) {
      r.problems().add(here, pointerOf(name), "unknown member '" + ProblemList.excerpt(name) + "' in " + what + "; expected "
          + (members.isEmpty() ? "no members" : "one of " + String.join(", ", members))
          + (r.strict() ? "" : " (only a question keeps unknown members when read leniently)"));
      r.tokens().parser().skipChildren();
      return;
    }
    r.keep(this, name, here);
  }

  /** Notes that a member's value could not be read, so that the object is not built. */
  void failed() {
    ok = false;
  }

  /**
   * Builds the value if every required member is there and nothing failed; a refused
   * construction becomes a problem at the member it names.
   *
   * @param table the object's members
   * @param builder what was read into
   * @return the value, or null if there were problems
   */
  <B, T> @Nullable T build(Table<B, T> table, B builder) {
    try {
      return checkAndBuild(table, builder);
    } finally {
      met.release(base);
    }
  }

  private <B, T> @Nullable T checkAndBuild(Table<B, T> table, B builder) {
    long missing = table.requiredMask() & ~seen;
    for (int i = 0; missing != 0; i++, missing >>>= 1) {
      if ((missing & 1) != 0) {
        r.problems().add(start, pointer(), "missing member '" + table.member(i).name() + "' in " + what);
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    try {
      return table.build(r, builder);
    } catch (InvalidModelException e) {
      // The path is relative to the object refused, so it is looked up among this object's members.
      String relative = e.path().pointer();
      r.problems().add(whereMember(relative), pointer() + relative, e.getMessage());
      return null;
    }
  }
}
