/** The parts of the diagram formats: what is drawn, and how each language spells it. Not API. */
@NullMarked
package io.github.hindsight.diagram.internal;

import org.jspecify.annotations.NullMarked;
