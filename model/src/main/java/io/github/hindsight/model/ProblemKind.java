package io.github.hindsight.model;

/**
 * What kind of problem a {@link Problem} or an {@link InvalidModelException} is, so that a
 * program can tell problems apart without reading their messages, which are written for people.
 */
public enum ProblemKind {
  /**
   * An id that refers to nothing defined, such as an objective's actor that is not among the
   * question's actors; {@link Problem#reference()} is the id that was not found.
   */
  UNKNOWN_REFERENCE,
  /** An id used a second time where every id must be used once, such as two actors {@code ussr}. */
  DUPLICATE_ID,
  /**
   * A value that can never be valid, whatever else the question holds: text that is not an id,
   * blank text or text on more than one line, a negative weight, evidence known before it happened.
   */
  BAD_VALUE,
  /** Something required that is not there, such as an objective without actors. */
  MISSING,
  /**
   * A value given where the rest of its value does not allow it, such as readings of an outcome
   * whose status is not {@code depends-on-reading}.
   */
  NOT_ALLOWED,
  /**
   * A warning: the content is consistent, but part of it gives a judgement nothing to work on,
   * such as a question without actors, an actor without objectives or a consequence that bears
   * on no actor.
   */
  NOTHING_TO_JUDGE,
  /**
   * A warning: something that judgements as of a date need to place in time has no date, so it
   * is given the meaning the documentation states, such as evidence with neither a date nor a
   * date it became known, which counts as known at every date.
   */
  UNDATED
}
