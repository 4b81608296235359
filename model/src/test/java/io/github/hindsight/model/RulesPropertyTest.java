package io.github.hindsight.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written checks say what the rules as written say, for any input. */
class RulesPropertyTest {
  /** The rule for ids as the documentation writes it. */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  @Provide
  Arbitrary<String> idLike() {
    // Mostly the characters of ids, so that the edges (hyphens at either end, doubled) come often.
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab9-").ofMaxLength(8),
        Arbitraries.strings().withChars("az09-_ A").ofMaxLength(12),
        Arbitraries.strings().ofMaxLength(6));
  }

  @Property
  void anIdIsRefusedExactlyWhenItIsNoSlug(@ForAll("idLike") String id) {
    assertThat(Rules.idProblem(id).isEmpty()).as("'%s' accepted", id).isEqualTo(SLUG.matcher(id).matches());
  }

  @Property
  void aRepeatIsFoundExactlyWhenTheListHasOne(@ForAll("actorLists") java.util.List<String> actors) {
    boolean repeats = new java.util.HashSet<>(actors).size() != actors.size();
    assertThat(Checks.repeats(actors)).as("%s", actors).isEqualTo(repeats);
    if (!actors.isEmpty()) {
      // The objective refuses the same lists, short ones compared in order and long ones in a set.
      Objective.Builder b = Objective.builder().id("o").statement("Win").addAllActors(actors)
          .outcome(Outcome.builder().status(OutcomeStatus.ACHIEVED).build());
      if (repeats) {
        assertThat(catchThrowableOfType(InvalidModelException.class, b::build)).hasMessage("an actor is named twice");
      } else {
        assertThat(b.build().actors()).isEqualTo(actors);
      }
    }
  }

  @Provide
  Arbitrary<java.util.List<String>> actorLists() {
    // Lists on both sides of the scanned length, half of them with no repeat.
    Arbitrary<String> ids = Arbitraries.of("usa", "ussr", "cuba", "turkey", "un", "uk", "france", "china", "italy", "japan", "india",
        "brazil", "egypt", "iran", "iraq", "chile", "peru", "kenya", "ghana", "mali");
    return Arbitraries.oneOf(ids.list().ofMaxSize(20), ids.list().uniqueElements().ofMaxSize(20));
  }

  @Property
  void everyWordReadsBackAsItsConstant(@ForAll QuestionKind kind, @ForAll Measure measure, @ForAll Effect effect) {
    for (Enum<?> e : new Enum<?>[] {kind, measure, effect}) {
      assertThat(Words.word(e)).isEqualTo(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    assertThat(QuestionKind.fromWord(kind.word())).isSameAs(kind);
    assertThat(Measure.fromWord(measure.word())).isSameAs(measure);
    assertThat(Effect.fromWord(effect.word())).isSameAs(effect);
  }

  @Property
  void aWordOfNoConstantNamesEveryWord(@ForAll("idLike") String word) {
    boolean known = false;
    for (Measure m : Measure.values()) {
      known |= Words.word(m).equals(word);
    }
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, () -> Words.fromWord(Measure.class, word));
    if (known) {
      assertThat(e).isNull();
    } else {
      assertThat(e).hasMessageStartingWith("'" + Rules.excerpt(word) + "' is not a valid measure; expected one of ");
      for (Measure m : Measure.values()) {
        assertThat(e.getMessage()).contains(Words.word(m));
      }
    }
  }

  @Provide
  Arbitrary<String> dateLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789-").ofMaxLength(13),
        Arbitraries.strings().withChars("0129-").ofMinLength(4).ofMaxLength(10),
        Arbitraries.strings().withChars("019-X BCE.").ofMaxLength(12));
  }

  @Property
  void theScanOfPlainDatesReadsAsThePatternDoes(@ForAll("dateLike") String text) {
    assertThat(outcome(() -> DatePoint.parse(text))).isEqualTo(outcome(() -> DatePoint.byPattern(text)));
  }

  /** A point as its parts, or why it was refused. */
  private static String outcome(java.util.function.Supplier<DatePoint> parse) {
    try {
      DatePoint p = parse.get();
      return p == null ? "not a date" : p.year + " " + p.month + " " + p.day + " " + p.precision + " " + p.circa;
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }
}
