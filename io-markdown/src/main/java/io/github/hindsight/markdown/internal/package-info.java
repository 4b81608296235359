/** The implementation of the Markdown formats; not API, and it may change in any release. */
@NullMarked
package io.github.hindsight.markdown.internal;

import org.jspecify.annotations.NullMarked;
