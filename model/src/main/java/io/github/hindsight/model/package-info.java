/**
 * The Hindsight model: an interpretation question with its actors, objectives and outcomes,
 * consequences, evidence, perceptions, sources, interpretations and judgement criteria, and a
 * {@link io.github.hindsight.model.QuestionBank} of questions and topics.
 *
 * <p>Every type is immutable and thread-safe, built with a builder ({@code Question.builder()})
 * and copied with {@code with*} methods. Nothing is null: what may be absent is an
 * {@link java.util.Optional}. Construction refuses content that can never be valid with an
 * {@link io.github.hindsight.model.InvalidModelException} at its
 * {@link io.github.hindsight.model.ModelPath}, by the rules that {@link io.github.hindsight.model.Rules}
 * also offers to readers; {@link io.github.hindsight.model.Question#validate()} checks
 * cross-references and reports every problem at once, each with its path and
 * {@link io.github.hindsight.model.ProblemKind}.
 *
 * <p>Every method refuses a {@code null} argument with a {@link NullPointerException}, here and
 * in the values of the judgement package alike. That includes the generated {@code with*} methods
 * that take varargs, although their signatures show {@code @Nullable} on the array: a null array
 * is refused, not taken as empty. The generated collection setters ({@code addActor},
 * {@code withActors(Iterable)}, ...) and the {@code with*(Optional)} copies refuse {@code null}
 * without naming the attribute.
 */
@HindsightStyle
@NullMarked
package io.github.hindsight.model;

import io.github.hindsight.internal.HindsightStyle;
import org.jspecify.annotations.NullMarked;
