/**
 * The formats an application can use: those registered by hand and those discovered through
 * {@link java.util.ServiceLoader}, with the rule that picks one when several claim the same file
 * extension, detection by content, and a report of the plugins that failed to load.
 *
 * <p>Most applications use the facade {@link io.github.hindsight.Hindsight}, which builds a
 * {@link io.github.hindsight.registry.FormatRegistry} for them.
 */
@HindsightStyle
@NullMarked
package io.github.hindsight.registry;

import io.github.hindsight.internal.HindsightStyle;
import org.jspecify.annotations.NullMarked;
