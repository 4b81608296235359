package io.github.hindsight.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paths print as before, point as RFC 6901 says, and read their pointers back. */
class ModelPathTest {

  /** Member names with the characters a pointer escapes or a dotted path uses, never a number a pointer would read as an index. */
  @Provide
  Arbitrary<String> members() {
    return Arbitraries.strings().withChars("az~/.[]0 é").withCharRange('a', 'c').ofMinLength(1).ofMaxLength(6)
        .filter(s -> !s.matches("0|[1-9][0-9]*"));
  }

  @Provide
  Arbitrary<ModelPath> paths() {
    Arbitrary<Object> segment = Arbitraries.oneOf(members().map(m -> (Object) m), Arbitraries.integers().between(0, 1 << 20).map(i -> (Object) i));
    return segment.list().ofMaxSize(6).map(segments -> {
      ModelPath p = ModelPath.root();
      for (Object s : segments) {
        p = s instanceof Integer i ? p.index(i) : p.field((String) s);
      }
      return p;
    });
  }

  @Property
  void aPointerReadsBackAsItsPath(@ForAll("paths") ModelPath path) {
    assertThat(ModelPath.parsePointer(path.pointer())).isEqualTo(path).hasSameHashCodeAs(path);
  }

  @Property
  void aPathIsItsParentAndItsLastSegment(@ForAll("paths") ModelPath path, @ForAll("members") String member, @ForAll("paths") ModelPath rest) {
    assertThat(path.field(member).parent()).hasValue(path);
    assertThat(path.index(7).parent()).hasValue(path);
    ModelPath joined = path.resolve(rest);
    assertThat(joined.startsWith(path)).isTrue();
    assertThat(joined.subpath(path.segments().size())).isEqualTo(rest);
    List<ModelPath.Segment> both = new ArrayList<>(path.segments());
    both.addAll(rest.segments());
    assertThat(joined.segments()).isEqualTo(both);
    assertThat(joined.pointer()).isEqualTo(path.pointer() + rest.pointer());
  }

  @Property
  void aPathStartsWithEveryAncestorAndNothingLonger(@ForAll("paths") ModelPath path, @ForAll("members") String member) {
    assertThat(path.startsWith(ModelPath.root())).isTrue();
    assertThat(path.startsWith(path.field(member))).isFalse();
    path.parent().ifPresent(p -> assertThat(path.startsWith(p)).isTrue());
  }

  @Test
  void printsAsTheDottedPathOfMessagesAndAsAPointer() {
    ModelPath p = ModelPath.of("objectives").index(3).field("actors").index(0);
    assertThat(p).hasToString("objectives[3].actors[0]");
    assertThat(p.pointer()).isEqualTo("/objectives/3/actors/0");
    assertThat(p.segments()).containsExactly(new ModelPath.Member("objectives"), new ModelPath.Index(3), new ModelPath.Member("actors"),
        new ModelPath.Index(0));
    assertThat(ModelPath.root()).hasToString("");
    assertThat(ModelPath.root().pointer()).isEmpty();
    assertThat(ModelPath.root().parent()).isEmpty();
    assertThat(ModelPath.root().isRoot()).isTrue();
    assertThat(p.isRoot()).isFalse();
  }

  @Test
  void escapesAsRfc6901Says() {
    ModelPath p = ModelPath.of("a~b/c").field("~1");
    assertThat(p.pointer()).isEqualTo("/a~0b~1c/~01");
    assertThat(ModelPath.parsePointer("/a~0b~1c/~01")).isEqualTo(p);
    assertThat(ModelPath.parsePointer("/~01").segments()).containsExactly(new ModelPath.Member("~1"));
  }

  @Test
  void readsNumbersAsIndicesAndEverythingElseAsMembers() {
    assertThat(ModelPath.parsePointer("/questions/3/topic")).isEqualTo(ModelPath.of("questions").index(3).field("topic"));
    assertThat(ModelPath.parsePointer("/03").segments()).containsExactly(new ModelPath.Member("03"));
    assertThat(ModelPath.parsePointer("/4294967296").segments()).containsExactly(new ModelPath.Member("4294967296"));
    assertThat(ModelPath.parsePointer("/").segments()).containsExactly(new ModelPath.Member(""));
    assertThat(ModelPath.parsePointer("")).isEqualTo(ModelPath.root());
  }

  @ParameterizedTest
  @ValueSource(strings = {"questions", "/a~", "/a~2b"})
  void refusesWhatIsNotAPointer(String pointer) {
    assertThatThrownBy(() -> ModelPath.parsePointer(pointer)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(pointer);
  }

  @Test
  void refusesANegativeIndex() {
    assertThatThrownBy(() -> ModelPath.root().index(-1)).hasMessage("expected an index of 0 or more but found -1");
  }

  @Test
  void equalPathsAreEqualHoweverBuilt() {
    assertThat(ModelPath.of("a").resolve(ModelPath.root().index(1))).isEqualTo(ModelPath.root().field("a").index(1))
        .hasSameHashCodeAs(ModelPath.root().field("a").index(1))
        .isNotEqualTo(ModelPath.root().field("a").field("1"));
  }

  @Property
  void segmentsAreEqualExactlyWhenWhatTheyHoldIsEqual(@ForAll("members") String a, @ForAll("members") String b,
      @ForAll @IntRange(max = 3) int i, @ForAll @IntRange(max = 3) int j) {
    ModelPath.Member member = new ModelPath.Member(a);
    ModelPath.Member same = new ModelPath.Member(new String(a.toCharArray()));
    assertThat(member).isEqualTo(same).hasSameHashCodeAs(same).hasToString("Member[name=" + a + "]");
    assertThat(member.equals(new ModelPath.Member(b))).isEqualTo(a.equals(b));
    assertThat(new ModelPath.Index(i)).isEqualTo(new ModelPath.Index(i)).hasSameHashCodeAs(new ModelPath.Index(i))
        .hasToString("Index[index=" + i + "]");
    assertThat(new ModelPath.Index(i).equals(new ModelPath.Index(j))).isEqualTo(i == j);
    assertThat((Object) new ModelPath.Member(String.valueOf(i))).isNotEqualTo(new ModelPath.Index(i));
    assertThat(member).isNotEqualTo(null);
  }
}
