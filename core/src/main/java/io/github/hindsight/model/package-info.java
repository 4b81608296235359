/**
 * The Hindsight model: an interpretation question with its actors, objectives and outcomes,
 * consequences, evidence, perceptions, sources, interpretations and judgement criteria, and a
 * {@link io.github.hindsight.model.QuestionBank} of questions and topics.
 *
 * <p>Every type is immutable and thread-safe, built with a builder ({@code Question.builder()})
 * and copied with {@code with*} methods. Nothing is null: what may be absent is an
 * {@link java.util.Optional}. Construction refuses content that can never be valid and names the
 * field; {@link io.github.hindsight.model.Question#validate()} checks cross-references and reports
 * every problem at once.
 */
@HindsightStyle
@NullMarked
package io.github.hindsight.model;

import io.github.hindsight.internal.HindsightStyle;
import org.jspecify.annotations.NullMarked;
