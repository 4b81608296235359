package io.github.hindsight.model;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A party to the question: a state, a person, an organisation or a group. */
@Value.Immutable
abstract class AbstractActor {
  /** @return the id, a slug such as {@code ussr} */
  public abstract String id();

  /** @return the name, such as {@code Soviet Union} */
  public abstract String name();

  /** @return what sort of party it is */
  @Value.Default
  public ActorKind kind() {
    return ActorKind.STATE;
  }

  /** @return the part it plays: a side, which is ranked, or a party affected, a mediator or an observer */
  @Value.Default
  public ActorRole role() {
    return ActorRole.SIDE;
  }

  /**
   * @return who speaks or acts for it, such as {@code Nikita Khrushchev}, each for the whole
   *     period or for part of it
   */
  public abstract List<Representative> representatives();

  /**
   * The actors a coalition is made of, such as the United States, Britain and France for the
   * Western Allies; empty for an actor that is not a coalition. Each member is another actor of
   * the question, and no coalition contains itself, directly or through another coalition.
   *
   * @return ids of the member actors
   */
  public abstract List<String> members();

  /** @return identifiers in other catalogues by scheme, such as {@code wikidata -> Q15180} */
  public abstract Map<String, String> identifiers();

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("name", name());
    Checks.ids("members", members());
    int self = members().indexOf(id());
    if (self >= 0) {
      throw new InvalidModelException(ModelPath.of("members").index(self), ProblemKind.BAD_VALUE,
          "the coalition '" + Rules.excerpt(id()) + "' lists itself as a member; expected only other actors");
    }
    for (Map.Entry<String, String> identifier : identifiers().entrySet()) {
      Checks.notBlank("identifiers", identifier.getKey());
      Checks.notBlank("identifiers", identifier.getKey(), identifier.getValue());
    }
  }
}
