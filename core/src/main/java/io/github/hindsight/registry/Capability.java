package io.github.hindsight.registry;

/** What a caller wants to do with a format, for choosing among the formats that claim a file. */
public enum Capability {
  /** The format must supply a reader. */
  READ,
  /** The format must supply a writer. */
  WRITE
}
