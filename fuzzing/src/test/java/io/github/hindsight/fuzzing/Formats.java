package io.github.hindsight.fuzzing;

import io.github.hindsight.Hindsight;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import java.util.Comparator;
import java.util.List;

/** The built-in formats, found by id through the facade as an application finds them. */
final class Formats {
  private static final Hindsight HINDSIGHT = Hindsight.standard();

  private Formats() {}

  /**
   * @param id a format id such as {@code json}
   * @return the format
   */
  static FormatProvider format(String id) {
    return HINDSIGHT.format(id).orElseThrow(() -> new AssertionError("no format '" + id + "' on the class path"));
  }

  /**
   * @param id a format id such as {@code json}
   * @return the format's reader
   */
  static FormatReader reader(String id) {
    return format(id).reader().orElseThrow(() -> new AssertionError("the format '" + id + "' reads nothing"));
  }

  /** @return every format that reads and writes without loss, by id */
  static List<FormatProvider> lossless() {
    List<FormatProvider> formats = HINDSIGHT.formats().stream()
        .filter(f -> f.reader().isPresent() && f.writer().isPresent() && f.writer().get().isLossless())
        .sorted(Comparator.comparing(FormatProvider::id))
        .toList();
    if (formats.isEmpty()) {
      throw new AssertionError("no lossless format on the class path");
    }
    return formats;
  }
}
