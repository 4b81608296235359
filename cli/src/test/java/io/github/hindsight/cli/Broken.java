package io.github.hindsight.cli;

import io.github.hindsight.Hindsight;
import io.github.hindsight.testkit.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Documents with known mistakes. */
final class Broken {
  private Broken() {}

  /** The Cuban question with two mistakes in it: an unknown kind and an actor's unknown kind. */
  static Path json(Path dir) throws IOException {
    Path good = dir.resolve("good-" + System.nanoTime() + ".json");
    Hindsight.standard().write(Samples.cubanMissileCrisis(), good);
    String text = Files.readString(good).replace("\"who-won\"", "\"who-lost\"").replaceFirst("\"state\"", "\"empire\"");
    Files.delete(good);
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, text);
    return broken;
  }

  /** JSON cut off half-way. */
  static Path truncated(Path dir) throws IOException {
    Path cut = dir.resolve("cut.json");
    Hindsight.standard().write(Samples.cubanMissileCrisis(), cut);
    String text = Files.readString(cut);
    Files.writeString(cut, text.substring(0, text.length() / 2));
    return cut;
  }
}
