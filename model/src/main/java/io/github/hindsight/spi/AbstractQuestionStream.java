package io.github.hindsight.spi;

import io.github.hindsight.model.Question;
import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A base for {@link QuestionStream}s, after Guava's {@code AbstractIterator}: a subclass writes
 * one method, {@link #computeNext()}, which reads the next question or says that there is none
 * with {@link #endOfData()}, and this class keeps the state that {@code hasNext()}, {@code next()}
 * and {@code close()} share.
 *
 * <p>A {@link FormatException} thrown by {@code computeNext()} belongs to one question: {@code
 * hasNext()} returns true, the following {@code next()} throws it, and the stream then goes on with
 * the question after it. A document broken so that no question can follow ends the stream
 * instead: {@code throw endWith(problem)} makes {@code hasNext()} throw it once, after which the
 * stream is at its end; it never throws the same exception for ever. Any other exception (an
 * {@link IOException}, say) comes out of {@code hasNext()} as it was thrown and ends the stream
 * too. After {@link #close()}, the stream is empty.
 *
 * <p>Like every {@code QuestionStream}, an instance is read by one thread.
 */
public abstract class AbstractQuestionStream implements QuestionStream {
  private enum State { NOT_READY, READY, FAILED, DONE }

  private State state = State.NOT_READY;
  private @Nullable Question next;
  private @Nullable FormatException failure;

  /** For subclasses. */
  protected AbstractQuestionStream() {}

  /**
   * Reads the next question.
   *
   * @return the next question, or the result of {@link #endOfData()} when there is none
   * @throws FormatException with every problem of the next question; the stream goes on after it
   * @throws IOException if the bytes cannot be read
   */
  protected abstract @Nullable Question computeNext() throws IOException;

  /**
   * Says, from {@link #computeNext()}, that no question follows: {@code return endOfData();}.
   *
   * @return nothing; {@code computeNext()} returns it as it is
   */
  protected final @Nullable Question endOfData() {
    state = State.DONE;
    return null;
  }

  /**
   * Says, from {@link #computeNext()}, that the document is broken so that no question can
   * follow: {@code throw endWith(problem);}. {@code hasNext()} throws the problem this once, and
   * the stream is then at its end.
   *
   * @param problem every problem that ends the document
   * @return the problem, for {@code computeNext()} to throw
   */
  protected final FormatException endWith(FormatException problem) {
    state = State.DONE;
    return Objects.requireNonNull(problem, "problem");
  }

  @Override
  public final boolean hasNext() throws IOException {
    if (state == State.NOT_READY) {
      try {
        Question computed = computeNext();
        if (state != State.DONE) {
          next = computed;
          state = computed == null ? State.DONE : State.READY;
        }
      } catch (FormatException e) {
        if (state == State.DONE) {
          throw e;
        }
        failure = e;
        state = State.FAILED;
      } catch (IOException | RuntimeException | Error e) {
        state = State.DONE;
        throw e;
      }
    }
    return state == State.READY || state == State.FAILED;
  }

  @Override
  public final Question next() throws IOException {
    if (!hasNext()) {
      throw new NoSuchElementException("no more questions");
    }
    if (state == State.FAILED) {
      FormatException thrown = failure;
      failure = null;
      state = State.NOT_READY;
      throw thrown;
    }
    Question question = next;
    next = null;
    state = State.NOT_READY;
    return question;
  }

  /**
   * Ends the stream, then releases what it reads from with {@link #release()}.
   *
   * @throws IOException if releasing fails
   */
  @Override
  public final void close() throws IOException {
    state = State.DONE;
    next = null;
    failure = null;
    release();
  }

  /**
   * Releases what the stream reads from; called once by each {@link #close()}. Does nothing
   * unless overridden.
   *
   * @throws IOException if releasing fails
   */
  protected void release() throws IOException {}
}
