package io.github.hindsight.judgement;

import java.util.List;
import org.immutables.value.Value;

/**
 * How far the evidence counted supports the statement a question puts, as in "How convincing is
 * the interpretation that the United States was mainly to blame?", weighed through the
 * interpretations that take a stance on it (section 9 of docs/judgement.md).
 *
 * <p>Each piece of evidence that counts and that an interpretation with a stance cites leans for
 * or against the statement: supporting an interpretation that agrees, or challenging one that
 * disagrees, is a point for it; challenging one that agrees, or supporting one that disagrees, a
 * point against it; supporting one that partly agrees, half a point each way. A piece counts once
 * in all, split in proportion to its points. The support is then worked out as for an
 * interpretation: (for + 1) / (for + against + 2).
 */
@Value.Immutable
abstract class AbstractStatementSupport {
  /** @return ids of the interpretations that agree with the statement, in the question's order */
  public abstract List<String> agree();

  /** @return ids of the interpretations that partly agree with it */
  public abstract List<String> partlyAgree();

  /** @return ids of the interpretations that disagree with it */
  public abstract List<String> disagree();

  /** @return ids of the evidence that leans for the statement, wholly or in part, in the order first cited */
  public abstract List<String> forEvidence();

  /** @return ids of the evidence that leans against the statement, wholly or in part */
  public abstract List<String> againstEvidence();

  /** @return how much evidence leans for it, each piece counting at most 1 */
  public abstract double forWeight();

  /** @return how much evidence leans against it, each piece counting at most 1 */
  public abstract double againstWeight();

  /** @return (for + 1) / (for + against + 2): one half with no evidence either way */
  public double support() {
    return InterpretationSupports.support(forWeight(), againstWeight());
  }

  /**
   * @return how convincing the statement is, on the scale of {@link Extent}: largely from {@value
   *     Extent#LARGELY_FROM}, partly from {@value Extent#PARTLY_FROM}, hardly below
   */
  public Extent extent() {
    return Extent.of(support());
  }
}
