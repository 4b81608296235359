/**
 * Help for writing formats. {@link io.github.hindsight.spi.support.SimpleFormatProvider} makes a
 * provider from a description, so that a plugin's provider is a constructor and no more.
 * For formats that read banks, {@link io.github.hindsight.spi.support.BankAssembler}
 * turns the parts of a bank read from one or more documents into one bank, checking ids and links
 * across the parts and locating every problem, warnings included, in the document it came from.
 * The facade's folder reading and the bundled formats all assemble their banks with it.
 * {@link io.github.hindsight.spi.support.ProblemList} collects a document's problems, bounded so
 * that a document with a million mistakes gives a report of a hundred and a count.
 *
 * <p>Help for whatever loads plugins: {@link io.github.hindsight.spi.support.ServiceProviders}
 * instantiates every provider a {@link java.util.ServiceLoader} finds and reports each one it
 * cannot use as a {@link io.github.hindsight.spi.support.PluginProblem}, instead of throwing.
 */
@NullMarked
package io.github.hindsight.spi.support;

import org.jspecify.annotations.NullMarked;
