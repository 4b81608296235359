package io.github.hindsight.judgement;

import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Measure;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named way of weighing the criteria, such as "as the Kremlin would weigh it". A perspective
 * sets the weight of every criterion of a measure it names, and may fix the date of the
 * judgement; criteria of other measures keep their weights. It works for any question, because
 * it speaks of measures, not of a question's criterion ids.
 */
@Value.Immutable
abstract class AbstractPerspective {
  /** @return the id, such as {@code kremlin} */
  public abstract String id();

  /** @return the name, such as {@code As the Kremlin would weigh it} */
  public abstract String name();

  /** @return what the perspective values and why, in a sentence or two */
  @Value.Default
  public String description() {
    return "";
  }

  /** @return the weight given to each measure it names, each at least 0 */
  public abstract Map<Measure, Double> weights();

  /** @return the date it judges as of, replacing the configuration's; empty to keep the configuration's */
  public abstract Optional<HistoricalDate> asOf();

  /**
   * What a government in Moscow would count: the concrete gains it set out for, and where the
   * balance of power stood, over how the world saw its leader.
   *
   * @return the perspective
   */
  public static Perspective kremlin() {
    return weighing("kremlin", "As the Kremlin would weigh it",
        "What was won counts most, then the balance of power; world opinion counts little.",
        3.0, 1.0, 0.5, 1.0, 2.0).build();
  }

  /**
   * What a government in Washington would count: being seen to stand firm and keeping its lead,
   * as much as the aims themselves.
   *
   * @return the perspective
   */
  public static Perspective whiteHouse() {
    return weighing("white-house", "As the White House would weigh it",
        "How the outcome was seen and where the balance of power stood count as much as the aims.",
        2.0, 1.0, 2.0, 0.5, 2.0).build();
  }

  /**
   * How people saw it at the time: appearances count most, and only what was known by the date
   * given counts at all.
   *
   * @param asOf the date contemporaries judged on, such as the end of the event
   * @return the perspective
   */
  public static Perspective contemporaries(HistoricalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return weighing("contemporaries", "As contemporaries saw it",
        "Who seemed to come out ahead, judged only on what was known at the time.",
        1.0, 0.5, 3.0, 0.5, 1.0).asOf(asOf).build();
  }

  /**
   * How later historians weigh it: what each side actually achieved and what followed in the
   * long run, with everything that has since come out; appearances at the time count little.
   *
   * @return the perspective
   */
  public static Perspective historians() {
    return weighing("historians", "As later historians weigh it",
        "Aims achieved and lasting consequences, with all the evidence now known.",
        3.0, 2.0, 0.5, 1.0, 1.0).build();
  }

  /**
   * The four built-in perspectives, in the order Kremlin, White House, contemporaries, historians.
   *
   * @param endOfEvent the date contemporaries judge on
   * @return the perspectives
   */
  public static List<Perspective> standardSet(HistoricalDate endOfEvent) {
    Objects.requireNonNull(endOfEvent, "endOfEvent");
    return List.of(kremlin(), whiteHouse(), contemporaries(endOfEvent), historians());
  }

  private static Perspective.Builder weighing(String id, String name, String description, double objectives,
      double consequences, double perception, double shared, double balance) {
    return Perspective.builder().id(id).name(name).description(description)
        .putWeight(Measure.OBJECTIVES_ACHIEVED, objectives).putWeight(Measure.CONSEQUENCES, consequences)
        .putWeight(Measure.PERCEPTION, perception).putWeight(Measure.SHARED_OBJECTIVES, shared)
        .putWeight(Measure.BALANCE_OF_POWER, balance);
  }

  @Value.Check
  void check() {
    if (!id().matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("Perspective.id: '" + id() + "' is not an id; expected a slug such as 'white-house'");
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException("Perspective.name: must not be blank");
    }
    for (Map.Entry<Measure, Double> e : weights().entrySet()) {
      double w = e.getValue();
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("Perspective.weights[" + e.getKey().word() + "]: expected a finite number of at least 0 but found " + w);
      }
    }
  }
}
