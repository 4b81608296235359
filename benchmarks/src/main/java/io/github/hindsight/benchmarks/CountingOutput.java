package io.github.hindsight.benchmarks;

import java.io.OutputStream;

/**
 * Counts the bytes written to it and keeps none, so that a write benchmark measures the writer
 * and not the growth of a buffer.
 */
final class CountingOutput extends OutputStream {
  private long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    count += len;
  }

  /** @return the bytes written since the last reset */
  long count() {
    return count;
  }

  /** @return this, emptied */
  CountingOutput reset() {
    count = 0;
    return this;
  }
}
