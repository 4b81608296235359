/**
 * The facade {@link io.github.hindsight.Hindsight}: read and write questions and banks as files
 * in any format that is installed, found by file name or by content.
 */
@NullMarked
package io.github.hindsight;

import org.jspecify.annotations.NullMarked;
