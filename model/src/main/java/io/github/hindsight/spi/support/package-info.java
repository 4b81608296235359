/**
 * Help for formats that read banks: {@link io.github.hindsight.spi.support.BankAssembler} turns
 * the parts of a bank read from one or more documents into one bank, checking ids and links
 * across the parts and locating every problem, warnings included, in the document it came from.
 * The facade's folder reading and the bundled formats all assemble their banks with it.
 */
@NullMarked
package io.github.hindsight.spi.support;

import org.jspecify.annotations.NullMarked;
