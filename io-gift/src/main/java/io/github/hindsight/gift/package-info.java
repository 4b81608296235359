/**
 * Hindsight questions as a Moodle quiz. {@link io.github.hindsight.gift.GiftFormat} exports a quiz
 * in Moodle's GIFT format (id {@code gift}, write-only). What it writes is described in
 * {@code docs/formats/gift.md}.
 */
@NullMarked
package io.github.hindsight.gift;

import org.jspecify.annotations.NullMarked;
