package io.github.hindsight.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The members of one object of the format, each named once: whether it is required and how its
 * value is read into the model's builder. The lists of known members in messages, the check for
 * missing members and the test against the JSON schema all come from here.
 *
 * <p>Immutable once built, and shared by every reader: the readers and setters are stateless.
 *
 * @param <B> the builder the members are read into
 * @param <T> what the builder builds
 */
final class Table<B, T> implements ValueReader<T> {
  /** The members that open every document, before those of its object. */
  static final List<String> HEADER = List.of("format", "version");

  /** How a builder becomes the value, given the reader for what it has kept. */
  @FunctionalInterface
  interface Build<B, T> {
    T build(QuestionReader r, B builder);
  }

  /**
   * The elements of an array member, each handed to the builder as it is read, so that no list is
   * made only to be copied into the builder's own.
   *
   * @param expected what the array is, for the message when the value is none, such as {@code an array of actors}
   * @param element how each element is read
   * @param <E> the elements
   */
  record Elements<E>(String expected, ValueReader<E> element) {}

  /** How a member's value goes into the builder. */
  @FunctionalInterface
  private interface Into<B> {
    /** @return false if the value could not be read */
    boolean read(QuestionReader r, B builder);
  }

  /** One member: its name, and how its value is read into the builder. */
  static final class Member<B> {
    private final String name;
    private final boolean required;
    private final Into<B> into;

    private Member(String name, boolean required, Into<B> into) {
      this.name = name;
      this.required = required;
      this.into = into;
    }

    /** @return the member's name in the format */
    String name() {
      return name;
    }

    /**
     * Reads the member's value at the parser's current token into the builder.
     *
     * @return false if the value could not be read
     */
    boolean read(QuestionReader r, B builder) {
      return into.read(r, builder);
    }
  }

  private final String what;
  private final boolean keepable;
  private final Supplier<B> builder;
  private final Build<B, T> build;
  private final List<Member<B>> members = new ArrayList<>();
  private final Map<String, Member<B>> byName = new HashMap<>();
  private List<String> names = List.of();
  private List<String> withHeader = List.of();
  private List<String> required = List.of();
  private long requiredMask;
  private PropertyNameMatcher matcher = BinaryNameMatcher.construct(HEADER);

  private Table(String what, boolean keepable, Supplier<B> builder, Build<B, T> build) {
    this.what = what;
    this.keepable = keepable;
    this.builder = builder;
    this.build = build;
  }

  /**
   * A table for an object whose unknown members lenient reading keeps, as for every object in a
   * question; add its members with {@link #required}, {@link #optional} and {@link #optionalEach}.
   *
   * @param what what the object is, for messages, such as {@code an actor}
   * @param builder a new builder
   * @param build the builder's build method
   * @return the table
   */
  static <B, T> Table<B, T> of(String what, Supplier<B> builder, Function<B, T> build) {
    return new Table<>(what, true, builder, (r, b) -> build.apply(b));
  }

  /**
   * A table for an object that is built with what the reader has kept, such as a question.
   *
   * @param what what the object is, for messages
   * @param builder a new builder
   * @param build builds the value
   * @return the table
   */
  static <B, T> Table<B, T> keeping(String what, Supplier<B> builder, Build<B, T> build) {
    return new Table<>(what, true, builder, build);
  }

  /**
   * A table for an object that never keeps unknown members, such as a bank or a topic.
   *
   * @param what what the object is, for messages
   * @param builder a new builder
   * @param build the builder's build method
   * @return the table
   */
  static <B, T> Table<B, T> closed(String what, Supplier<B> builder, Function<B, T> build) {
    return new Table<>(what, false, builder, (r, b) -> build.apply(b));
  }

  /**
   * Adds a member that must be there.
   *
   * @param name its name in the format
   * @param value how its value is read
   * @param setter where the value goes
   * @return this table
   */
  <V> Table<B, T> required(String name, ValueReader<V> value, BiConsumer<B, V> setter) {
    return add(new Member<>(name, true, set(value, setter)));
  }

  /**
   * Adds a member that may be left out.
   *
   * @param name its name in the format
   * @param value how its value is read
   * @param setter where the value goes
   * @return this table
   */
  <V> Table<B, T> optional(String name, ValueReader<V> value, BiConsumer<B, V> setter) {
    return add(new Member<>(name, false, set(value, setter)));
  }

  /**
   * Adds an array member that may be left out, whose elements the builder takes one at a time.
   *
   * @param name its name in the format
   * @param elements how the array and its elements are read
   * @param add where each element goes, such as the builder's {@code addActor}
   * @return this table
   */
  <E> Table<B, T> optionalEach(String name, Elements<E> elements, BiConsumer<B, E> add) {
    return add(new Member<B>(name, false, (r, b) -> r.each(elements.expected(), elements.element(), b, add)));
  }

  private static <B, V> Into<B> set(ValueReader<V> value, BiConsumer<B, V> setter) {
    return (r, b) -> {
      V v = value.read(r);
      if (v == null) {
        return false;
      }
      setter.accept(b, v);
      return true;
    };
  }

  private Table<B, T> add(Member<B> member) {
    if (HEADER.contains(member.name())) {
      throw new IllegalStateException("the member '" + member.name() + "' of " + what + " is named as one of the header");
    }
    if (byName.putIfAbsent(member.name(), member) != null) {
      throw new IllegalStateException("the member '" + member.name() + "' is in " + what + " twice");
    }
    if (members.size() == Long.SIZE - HEADER.size()) {
      throw new IllegalStateException(what + " has more members than a reader can tell apart");
    }
    if (member.required) {
      requiredMask |= 1L << members.size();
    }
    members.add(member);
    // Computed as the table is built, so that reading never builds a list.
    names = members.stream().map(Member::name).toList();
    List<String> all = new ArrayList<>(HEADER);
    all.addAll(names);
    withHeader = List.copyOf(all);
    required = members.stream().filter(m -> m.required).map(Member::name).toList();
    // The members keep their positions, the header's names follow: a name read matches its
    // member's position on the parser's bytes, with no string made or looked up.
    List<String> matched = new ArrayList<>(names);
    matched.addAll(HEADER);
    matcher = BinaryNameMatcher.construct(matched);
    return this;
  }

  /** @return what the object is, for messages, such as {@code an actor} */
  String what() {
    return what;
  }

  /** @return whether lenient reading may keep its unknown members */
  boolean keepable() {
    return keepable;
  }

  /** @return the names of the members, in the order the writer writes them */
  List<String> names() {
    return names;
  }

  /** @return the names of the header's members, then of the object's */
  List<String> namesWithHeader() {
    return withHeader;
  }

  /** @return the names of the members that must be there, in order */
  List<String> required() {
    return required;
  }

  /** @return the member of that name, or null if the format defines none here */
  @Nullable Member<B> member(String name) {
    return byName.get(name);
  }

  /**
   * The member at a position that {@link #matcher()} gave.
   *
   * @param index the position, negative for a name it does not know
   * @return the member, or null for an unknown name or a name of the header
   */
  @Nullable Member<B> member(int index) {
    return index >= 0 && index < members.size() ? members.get(index) : null;
  }

  /**
   * @return the names of the members at their positions, then those of the {@link #HEADER},
   *     for {@link tools.jackson.core.JsonParser#nextNameMatch}
   */
  PropertyNameMatcher matcher() {
    return matcher;
  }

  /** @return a bit for the position of each required member */
  long requiredMask() {
    return requiredMask;
  }

  /** @return a new builder */
  B newBuilder() {
    return builder.get();
  }

  /** @return the value built; may throw what the model's checks throw */
  T build(QuestionReader r, B b) {
    return build.build(r, b);
  }

  /** Reads the object at the parser's current token, which starts it. */
  @Override
  public @Nullable T read(QuestionReader r) {
    return r.read(this);
  }
}
