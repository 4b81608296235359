/**
 * How measures plug into the judgement engine. Every measure, built-in or custom, is a {@link
 * io.github.hindsight.judgement.spi.JudgementMeasure}. A custom criterion implements {@link
 * io.github.hindsight.judgement.spi.CustomCriterion} and is either registered explicitly with
 * {@link io.github.hindsight.judgement.Judge#builder()} or declared as a service, in {@code
 * META-INF/services/io.github.hindsight.judgement.spi.CustomCriterion} on the class path or with
 * {@code provides io.github.hindsight.judgement.spi.CustomCriterion with ...} in a module.
 */
@HindsightStyle
@NullMarked
package io.github.hindsight.judgement.spi;

import io.github.hindsight.internal.HindsightStyle;
import org.jspecify.annotations.NullMarked;
