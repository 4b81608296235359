package io.github.hindsight.judgement;

import java.util.Map;
import org.immutables.value.Value;

/** One combination of readings: for each objective whose outcome depends on a reading, the reading taken. */
@Value.Immutable
abstract class AbstractScenario {
  /** @return the reading taken, by objective id, in the order of the question's objectives */
  public abstract Map<String, String> readings();

  /** @return the readings the configuration chose, by objective id; the rest were varied */
  public abstract Map<String, String> chosen();

  /**
   * A short description, such as {@code missiles-near-usa: bargaining-chip}.
   *
   * @return the description, or {@code no readings} when there are none
   */
  public String describe() {
    if (readings().isEmpty()) {
      return "no readings";
    }
    StringBuilder sb = new StringBuilder();
    String separator = "";
    for (Map.Entry<String, String> e : readings().entrySet()) {
      sb.append(separator).append(e.getKey()).append(": ").append(e.getValue());
      separator = ", ";
    }
    return sb.toString();
  }
}
