package io.github.hindsight.spi;

import io.github.hindsight.model.Question;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Questions read one at a time from a document. Not thread-safe: one consumer reads it, then
 * closes it.
 */
public interface QuestionStream extends Closeable {

  /**
   * Whether another question follows.
   *
   * @return true if {@link #next()} will return a question
   * @throws FormatException if the document is broken before the next question
   * @throws IOException if the bytes cannot be read
   */
  boolean hasNext() throws IOException;

  /**
   * The next question.
   *
   * @return the question, valid
   * @throws FormatException with every problem of that question
   * @throws IOException if the bytes cannot be read
   * @throws NoSuchElementException if there is none
   */
  Question next() throws IOException;

  /**
   * The questions as a Java stream; I/O errors surface as {@link java.io.UncheckedIOException}.
   * Closing the returned stream closes this one.
   *
   * @return the stream
   */
  default Stream<Question> stream() {
    Iterator<Question> it = new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return QuestionStream.this.hasNext();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }

      @Override
      public Question next() {
        try {
          return QuestionStream.this.next();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
