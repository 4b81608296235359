/**
 * The plugin SPI: what a third-party format implements so that every Hindsight tool can read
 * and write it. A plugin implements {@link io.github.hindsight.spi.FormatProvider} and declares it
 * both in {@code META-INF/services/io.github.hindsight.spi.FormatProvider} (class path) and with
 * {@code provides io.github.hindsight.spi.FormatProvider with ...} in its {@code module-info.java}
 * (module path).
 *
 * <p>Readers report every problem they find in one {@link io.github.hindsight.spi.FormatException},
 * each problem with a {@link io.github.hindsight.spi.Location}.
 */
@HindsightStyle
@NullMarked
package io.github.hindsight.spi;

import io.github.hindsight.internal.HindsightStyle;
import org.jspecify.annotations.NullMarked;
