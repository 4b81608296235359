package io.github.hindsight.examples;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the Cuban Missile Crisis from the bundled example file, writes it in every installed
 * format that can write, and reads back each format that can also read, showing that nothing is
 * lost on the way. The facade picks each format from the file's extension; the formats
 * themselves are found on the class path, so a plugin jar added there takes part too.
 */
public final class ReadAndWriteFormats {
  private ReadAndWriteFormats() {}

  /**
   * Runs the example.
   *
   * @param args optionally the folder to write into; a new temporary folder otherwise
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Hindsight hindsight = Hindsight.standard();
    Path example = Path.of("examples", "questions", "json", "cuban-missile-crisis.json");
    if (!Files.exists(example)) {
      // Run from inside the examples module, as Maven's exec:java does.
      example = Path.of("questions", "json", "cuban-missile-crisis.json");
    }
    Question question = hindsight.read(example);
    Path folder = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("hindsight-formats");
    for (FormatProvider format : hindsight.formats()) {
      if (format.writer().isEmpty()) {
        continue;
      }
      String extension = format.extensions().isEmpty() ? format.id() : format.extensions().get(0);
      Path file = folder.resolve("cuba-" + format.id() + "." + extension);
      hindsight.write(question, file, format.id());
      String roundTrip = "written only";
      if (format.reader().isPresent()) {
        roundTrip = hindsight.read(file, format.id()).equals(question) ? "read back unchanged" : "READ BACK DIFFERENT";
      }
      System.out.printf("%-16s %-40s %,8d bytes  %s%n", format.id(), file.getFileName(), Files.size(file), roundTrip);
    }
  }
}
