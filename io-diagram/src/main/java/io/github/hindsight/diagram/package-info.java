/**
 * Diagrams of a question: {@link io.github.hindsight.diagram.MermaidFormat} (id {@code mermaid})
 * and {@link io.github.hindsight.diagram.DotFormat} (id {@code dot}), both write-only. Each draws
 * the actors, the objectives each held, coloured and labelled by what became of them, and the
 * consequences, with how each bore on each actor. What they write is described in
 * {@code docs/formats/diagrams.md}.
 */
@NullMarked
package io.github.hindsight.diagram;

import org.jspecify.annotations.NullMarked;
