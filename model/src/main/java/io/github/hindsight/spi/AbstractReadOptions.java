package io.github.hindsight.spi;

import java.util.Objects;

import org.immutables.value.Value;

/** How to read a document: the name that locations give for it, and strict or lenient reading. */
@Value.Immutable
abstract class AbstractReadOptions {
  /** @return the name of the document in problem locations, usually its file name */
  @Value.Default
  public String sourceName() {
    return "<input>";
  }

  /**
   * Strict reading (the default) refuses what the format does not define, such as an unknown
   * member; lenient reading keeps it where the format can, and reports nothing.
   *
   * @return true for strict reading
   */
  @Value.Default
  public boolean strict() {
    return true;
  }

  /**
   * Whether {@link FormatReader#readBank} checks the links between the questions and topics of
   * the document (a question's topic, a topic's related topics and questions). One file of a
   * bank spread over a folder links to the others, so the facade reads each file with this off
   * and checks the merged bank instead. Each question's own references are always checked.
   *
   * @return true (the default) to check the links
   */
  @Value.Default
  public boolean checkLinks() {
    return true;
  }

  /**
   * Strict reading of a named document.
   *
   * @param sourceName the name of the document
   * @return the options
   */
  public static ReadOptions named(String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    return ReadOptions.builder().sourceName(sourceName).build();
  }

  /** @return strict reading of an unnamed document */
  public static ReadOptions defaults() {
    return ReadOptions.builder().build();
  }
}
