/**
 * Hindsight questions as Markdown notes. {@link io.github.hindsight.markdown.MarkdownFormat} reads
 * and writes the authoring format (id {@code markdown}); {@link io.github.hindsight.markdown.RevisionNotesFormat}
 * exports revision notes for students (id {@code revision-notes}, write-only); and
 * {@link io.github.hindsight.markdown.MarkdownFolder} reads a folder of {@code .md} files as a
 * question bank. The format is specified in {@code docs/formats/markdown.md}.
 */
@NullMarked
package io.github.hindsight.markdown;

import org.jspecify.annotations.NullMarked;
