/**
 * Hindsight questions as HTML pages. {@link io.github.hindsight.html.HtmlPage} renders one
 * question, under the judgement settings given, as one self-contained page;
 * {@link io.github.hindsight.html.HtmlFormat} is the write-only format {@code html};
 * {@link io.github.hindsight.html.HtmlSite} writes a bank as a folder of linked pages. What a page
 * holds is described in {@code docs/formats/html.md}.
 */
@NullMarked
package io.github.hindsight.html;

import org.jspecify.annotations.NullMarked;
