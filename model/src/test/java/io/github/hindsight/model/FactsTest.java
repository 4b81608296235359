package io.github.hindsight.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The structured facts: roles of actors, coalitions, dated representatives, quantities, stances and works. */
class FactsTest {

  @Test
  void anActorIsASideUnlessSaidOtherwise() {
    Actor a = Actor.builder().id("cuba").name("Cuba").build();
    assertThat(a.role()).isEqualTo(ActorRole.SIDE);
    assertThat(a.withRole(ActorRole.AFFECTED).role()).isEqualTo(ActorRole.AFFECTED);
  }

  @ParameterizedTest
  @EnumSource(ActorRole.class)
  void everyRoleHasAWordThatReadsBack(ActorRole role) {
    assertThat(ActorRole.fromWord(role.word())).isEqualTo(role);
    assertThat(role.word()).matches("[a-z]+(-[a-z]+)*");
  }

  @Test
  void onlyASideWithoutObjectivesIsWarnedAbout() {
    Question q = question(actor("usa"), actor("berliners").withRole(ActorRole.AFFECTED), actor("un").withRole(ActorRole.MEDIATOR));
    assertThat(q.validate().warnings()).extracting(Problem::message).containsExactly("actor 'usa' has no objectives");
  }

  private static Actor actor(String id, String... members) {
    return Actor.builder().id(id).name(id.toUpperCase(java.util.Locale.ROOT)).addMembers(members).build();
  }

  private static Question question(Actor... actors) {
    return Question.builder().id("q").prompt("Who won?").addActors(actors).build();
  }

  @Test
  void aCoalitionNamesItsMembers() {
    Question q = question(actor("usa"), actor("uk"), actor("western-allies", "usa", "uk"));
    assertThat(q.actor("western-allies").orElseThrow().members()).containsExactly("usa", "uk");
    assertThat(q.validate().errors()).isEmpty();
  }

  @Test
  void aCoalitionIsNotItsOwnMember() {
    assertThatThrownBy(() -> actor("allies", "usa", "allies")).isInstanceOfSatisfying(InvalidModelException.class,
        e -> assertThat(e.path()).hasToString("members[1]"))
        .hasMessage("the coalition 'allies' lists itself as a member; expected only other actors");
  }

  @Test
  void aMemberThatIsNotAnActorIsAnUnknownReference() {
    ValidationReport report = question(actor("usa"), actor("allies", "usa", "atlantis")).validate();
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.path()).hasToString("actors[1].members[1]");
      assertThat(p.kind()).isEqualTo(ProblemKind.UNKNOWN_REFERENCE);
      assertThat(p.message()).isEqualTo("unknown actor 'atlantis'; expected one of allies, usa");
    });
  }

  @Test
  void aCoalitionThatContainsItselfThroughAnotherIsReportedOnce() {
    ValidationReport report = question(actor("usa"), actor("west", "usa", "allies"), actor("allies", "west")).validate();
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.path()).hasToString("actors[2].members[0]");
      assertThat(p.kind()).isEqualTo(ProblemKind.BAD_VALUE);
      assertThat(p.message()).isEqualTo("the coalition 'west' contains itself (west → allies → west); expected members that are not made of the coalition");
    });
  }

  @Test
  void aLongChainOfCoalitionsIsCheckedWithoutOverflowingTheStack() {
    java.util.List<Actor> chain = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      chain.add(actor("a" + i, "a" + ((i + 1) % 20_000)));
    }
    assertThat(question(chain.toArray(Actor[]::new)).validate().errors()).hasSize(1);
  }

  @Test
  void aQuantityKeepsItsValueExactlyInItsShortestForm() {
    Quantity q = Quantity.of(new java.math.BigDecimal("2.3E+6"), "tons").withApproximate(true);
    assertThat(q.value()).isEqualByComparingTo("2300000").hasScaleOf(0);
    assertThat(q.text()).isEqualTo("about 2300000 tons");
    assertThat(Quantity.parse("about 2300000 tons")).isEqualTo(q);
    assertThat(Quantity.parse("2.50 million marks")).isEqualTo(Quantity.of(new java.math.BigDecimal("2.5"), "million marks"));
  }

  @Test
  void aTextThatIsNotAQuantitySaysWhatWasExpected() {
    assertThatThrownBy(() -> Quantity.parse("lots of tons")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'lots of tons' is not a quantity; expected a number in plain digits, then its unit, after 'about' if it is approximate, "
            + "such as 'about 2300000 tons' or '6 battleships'");
  }

  @Test
  void aHugeValueIsRefusedBeforeItIsWrittenOut() {
    assertThatThrownBy(() -> Quantity.of(new java.math.BigDecimal("1E+999999999"), "tons")).isInstanceOfSatisfying(InvalidModelException.class,
        e -> assertThat(e.path()).hasToString("value")).hasMessageContaining("expected a number of at most 30 digits before the decimal point");
  }

  @Test
  void aQuantityHasAUnit() {
    assertThatThrownBy(() -> Quantity.of(java.math.BigDecimal.ONE, " ")).isInstanceOfSatisfying(InvalidModelException.class,
        e -> assertThat(e.path()).hasToString("unit"));
  }

  @Test
  void anInterpretationNamesItsWorkBySourceIdAndTakesAStance() {
    Question q = question(actor("usa")).withSources(Source.builder().id("thirteen-days").title("Thirteen Days").build())
        .withInterpretations(Interpretation.builder().id("i").claim("A claim").stance(Stance.PARTLY_AGREES).source("thirteen-days").build());
    assertThat(q.validate().errors()).isEmpty();
    assertThat(Stance.fromWord("partly-agrees")).isEqualTo(Stance.PARTLY_AGREES);
    ValidationReport report = q.withInterpretations(q.interpretations().get(0).withSource("fourteen-days")).validate();
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.path()).hasToString("interpretations[0].source");
      assertThat(p.message()).isEqualTo("unknown source 'fourteen-days'; expected one of thirteen-days");
    });
  }

  @Test
  void anUnknownRoleNamesTheWordsExpected() {
    assertThatThrownBy(() -> ActorRole.fromWord("bystander")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'bystander' is not a valid actor role; expected one of side, affected, mediator, observer");
  }
}
