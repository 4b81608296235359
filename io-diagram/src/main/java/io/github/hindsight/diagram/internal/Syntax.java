package io.github.hindsight.diagram.internal;

import io.github.hindsight.model.Question;
import java.util.Optional;

/** How one diagram language spells a document: a header, each question, and a footer with the key. */
interface Syntax {
  /**
   * The start of a document.
   *
   * @param title the title of a diagram of one question; empty for several
   * @return the text
   */
  String header(Optional<String> title);

  /**
   * One question.
   *
   * @param question the question
   * @param prefix a prefix for node names, unique in the document
   * @param alone whether it is the only question, drawn without a frame
   * @return the text
   */
  String question(Question question, String prefix, boolean alone);

  /** @return the end of a document, with the key to the colours */
  String footer();
}
