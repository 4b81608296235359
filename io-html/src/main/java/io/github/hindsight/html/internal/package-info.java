/** The parts of a page: one small renderer per section, the drawings and the palette. Not API. */
@NullMarked
package io.github.hindsight.html.internal;

import org.jspecify.annotations.NullMarked;
