package io.github.hindsight.benchmarks;

/** The start-up baseline: the least a JVM can do, on the same class path as Hindsight. */
public final class Hello {
  private Hello() {}

  /**
   * Prints a greeting.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
