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
  void anUnknownRoleNamesTheWordsExpected() {
    assertThatThrownBy(() -> ActorRole.fromWord("bystander")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'bystander' is not a valid actor role; expected one of side, affected, mediator, observer");
  }
}
