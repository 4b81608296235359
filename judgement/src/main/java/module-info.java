/**
 * The Hindsight judgement engine: scores each side of a question against weighted criteria,
 * explains every score, and shows how the answer moves with the weights, the reading of intent
 * and the date of the judgement. Custom criteria plug in through
 * {@link io.github.hindsight.judgement.spi.CustomCriterion}.
 */
module io.github.hindsight.judgement {
  requires transitive io.github.hindsight.model;
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.hindsight.judgement;
  exports io.github.hindsight.judgement.spi;

  uses io.github.hindsight.judgement.spi.CustomCriterion;
}
