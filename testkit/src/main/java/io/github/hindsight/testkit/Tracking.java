package io.github.hindsight.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** Streams that remember whether a format closed them, which the SPI leaves to the caller. */
final class Tracking {
  private Tracking() {}

  /** Collects bytes and notes a close. */
  static final class Output extends ByteArrayOutputStream {
    private volatile boolean closed;

    @Override
    public void close() {
      closed = true;
    }

    boolean closed() {
      return closed;
    }
  }

  /** Serves bytes and notes a close. */
  static final class Input extends ByteArrayInputStream {
    private volatile boolean closed;

    Input(byte[] content) {
      super(content);
    }

    @Override
    public void close() {
      closed = true;
    }

    boolean closed() {
      return closed;
    }

    /** @return how many bytes the reader has taken so far */
    int consumed() {
      return pos;
    }
  }
}
