/**
 * A first format plugin: diagrams of a question for Mermaid ({@code .mmd}) and Graphviz
 * ({@code .dot}). Each draws the actors, the objectives each held, coloured by what became of
 * them, and the consequences, with how each bore on the actors, so that a teacher can paste the
 * result into a page and see the question at a glance. The plugin uses only the public SDK.
 */
@NullMarked
package io.github.hindsight.examples.diagram;

import org.jspecify.annotations.NullMarked;
