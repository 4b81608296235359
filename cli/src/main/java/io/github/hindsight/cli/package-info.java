/**
 * The {@code hindsight} command line. {@link io.github.hindsight.cli.HindsightCli} is the entry
 * point; the commands themselves are not API, but their names, options and exit codes are a
 * contract documented in {@code docs/cli.md}.
 */
@org.jspecify.annotations.NullMarked
package io.github.hindsight.cli;
