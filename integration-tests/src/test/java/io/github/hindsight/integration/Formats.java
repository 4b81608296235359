package io.github.hindsight.integration;

import io.github.hindsight.spi.FormatProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The formats on the class path, found as a user's application would find them. */
final class Formats {
  private Formats() {}

  /** @return every format that reads and writes without loss, by id */
  static List<FormatProvider> lossless() {
    List<FormatProvider> out = new ArrayList<>();
    for (FormatProvider f : ServiceLoader.load(FormatProvider.class)) {
      if (f.reader().isPresent() && f.writer().isPresent() && f.writer().get().isLossless()) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparing(FormatProvider::id));
    return out;
  }
}
