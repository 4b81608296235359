/**
 * {@code hindsight serve}: a live preview of questions on this machine, on the JDK's own HTTP
 * server, with one small handler per kind of page.
 */
@NullMarked
package io.github.hindsight.cli.serve;

import org.jspecify.annotations.NullMarked;
