package io.github.hindsight.judgement;

import io.github.hindsight.judgement.spi.CustomCriterion;
import io.github.hindsight.judgement.spi.JudgementContext;
import io.github.hindsight.judgement.spi.ScoredItem;
import java.util.List;

/** Custom criteria as broken plugins ship them, each public with a public constructor for the service loader. */
final class BrokenCriteria {
  private BrokenCriteria() {}

  /** A criterion whose constructor fails, as one that cannot find its data would. */
  public static final class Throwing implements CustomCriterion {
    /** Always fails. */
    public Throwing() {
      throw new IllegalStateException("cannot start: no data source");
    }

    @Override
    public String id() {
      return "throwing";
    }

    @Override
    public List<ScoredItem> score(JudgementContext context, String actor) {
      return List.of();
    }
  }

  /** A criterion that claims the id of the built-in perception measure, and would score everyone 1. */
  public static final class ClaimsPerception implements CustomCriterion {
    /** The service loader's constructor. */
    public ClaimsPerception() {}

    @Override
    public String id() {
      return "perception";
    }

    @Override
    public List<ScoredItem> score(JudgementContext context, String actor) {
      return List.of(ScoredItem.of("everyone", 1, 1, "seen well by all"));
    }
  }

  /** A second criterion with the id of {@link EvidenceKnownCriterion}, whose class name comes before it. */
  public static final class EvidenceKnownAgain implements CustomCriterion {
    /** The service loader's constructor. */
    public EvidenceKnownAgain() {}

    @Override
    public String id() {
      return EvidenceKnownCriterion.ID;
    }

    @Override
    public List<ScoredItem> score(JudgementContext context, String actor) {
      return List.of(ScoredItem.of("flat", 0, 1, "nothing on the record"));
    }
  }
}
