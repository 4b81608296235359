package io.github.hindsight.examples;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Draws the reference question as a Mermaid and a Graphviz diagram through the
 * {@link Hindsight} facade, which finds the diagram formats of {@code hindsight-io-diagram} on its
 * own and picks the format from each file's extension. Render the DOT file with {@code dot -Tsvg cuban-missile-crisis.dot}.
 */
public final class DrawDiagrams {
  private DrawDiagrams() {}

  /**
   * Runs the example.
   *
   * @param args the folder to write to; the working folder if none
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : ".");
    Hindsight hindsight = Hindsight.standard();
    hindsight.formats().forEach(f -> System.out.println("format " + f.id() + ": " + f.displayName() + " " + f.extensions()));
    hindsight.problems().forEach(p -> System.out.println("could not load " + p));
    Question question = Samples.cubanMissileCrisis();
    for (String name : new String[] {"cuban-missile-crisis.mmd", "cuban-missile-crisis.dot"}) {
      Path file = folder.resolve(name);
      hindsight.write(question, file);
      System.out.println("wrote " + file);
    }
  }
}
