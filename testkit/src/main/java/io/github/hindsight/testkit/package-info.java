/**
 * Contract tests for format plugins. Extend {@link io.github.hindsight.testkit.FormatContractTest},
 * return your format from {@code format()}, and supply a few broken documents; the inherited tests
 * check round trips on {@link io.github.hindsight.testkit.SampleBank}, refusal, error locations,
 * thread safety and stream handling.
 */
@NullMarked
package io.github.hindsight.testkit;

import org.jspecify.annotations.NullMarked;
