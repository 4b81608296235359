/**
 * Contract tests for format plugins. Extend {@link io.github.hindsight.testkit.FormatContractTest},
 * return your format from {@code format()}, and supply a few broken documents; the inherited tests
 * check round trips on {@link io.github.hindsight.testkit.SampleBank}, refusal, error locations,
 * thread safety and stream handling. {@link io.github.hindsight.testkit.NullArguments} and
 * {@link io.github.hindsight.testkit.ApiTypes} check a module's exported API: that it refuses
 * {@code null} by name, and that it names no type of a library it only uses inside.
 */
@NullMarked
package io.github.hindsight.testkit;

import org.jspecify.annotations.NullMarked;
