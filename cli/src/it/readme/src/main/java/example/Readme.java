package example;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the README's snippets in order and compares what each prints with what the README shows. */
public final class Readme {
  private Readme() {}

  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(resource("count.txt").trim());
    PrintStream console = System.out;
    for (int i = 0; i < count; i++) {
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      try {
        Class.forName("example.Snippet" + i).getMethod("run").invoke(null);
      } finally {
        System.setOut(console);
      }
      String actual = printed.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
      String expected = resource(i + ".txt");
      if (!actual.equals(expected)) {
        throw new AssertionError("README snippet " + i + " printed\n" + actual + "\nbut the README shows\n" + expected);
      }
      console.println("readme: snippet " + i + " prints what the README shows");
    }
    console.println("readme: all " + count + " snippets print what the README shows");
  }

  private static String resource(String name) throws Exception {
    try (InputStream in = Readme.class.getResourceAsStream("/expected/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
