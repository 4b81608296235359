/**
 * The judgement engine: it weighs a {@link io.github.hindsight.model.Question} by its criteria
 * and gives, for every combination of contested readings, a {@link
 * io.github.hindsight.judgement.Verdict} with each actor's scores, the ranking, the margin, a
 * label under a stated {@link io.github.hindsight.judgement.LabelStandard}, the sensitivity of
 * the winner to each weight, and a trace of everything that moved each score.
 *
 * <p>Start with {@link io.github.hindsight.judgement.Judge#standard()}; describe what to judge
 * with a {@link io.github.hindsight.judgement.JudgementConfig}; render the result with {@link
 * io.github.hindsight.judgement.TextReport}. Every result type is immutable data. The method is
 * explained, step by step, in {@code docs/judgement.md}.
 */
@HindsightStyle
@NullMarked
package io.github.hindsight.judgement;

import io.github.hindsight.internal.HindsightStyle;
import org.jspecify.annotations.NullMarked;
