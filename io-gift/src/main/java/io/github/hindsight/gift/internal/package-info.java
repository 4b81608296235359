/** The implementation of the GIFT export; not API, and it may change in any release. */
@NullMarked
package io.github.hindsight.gift.internal;

import org.jspecify.annotations.NullMarked;
