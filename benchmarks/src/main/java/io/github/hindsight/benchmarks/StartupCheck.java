package io.github.hindsight.benchmarks;

import io.github.hindsight.Hindsight;
import io.github.hindsight.testkit.samples.Samples;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Times {@code hindsight judge} on the Cuban example from a cold JVM against a bare hello-world on the same class
 * path, and lists what the judging run loads, by package, so that what need not load can be
 * found.
 *
 * <p>Arguments: {@code --runs=N} (timed runs of each; 11 by default), {@code --dir=DIR}.
 */
public final class StartupCheck {
  private StartupCheck() {}

  /**
   * Runs the check.
   *
   * @param args see the class description
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    int runs = 11;
    Path dir = Paths.get("target", "startup-check");
    for (String arg : args) {
      if (arg.startsWith("--runs=")) {
        runs = Integer.parseInt(arg.substring("--runs=".length()));
      } else if (arg.startsWith("--dir=")) {
        dir = Paths.get(arg.substring("--dir=".length()));
      } else if (!arg.isBlank()) {
        throw new IllegalArgumentException("unknown argument " + arg + "; expected --runs= or --dir=");
      }
    }
    Files.createDirectories(dir);
    Path cuba = dir.resolve("cuban-missile-crisis.json");
    try (OutputStream out = Files.newOutputStream(cuba)) {
      Hindsight.standard().format("json").orElseThrow().writer().orElseThrow().writeQuestion(Samples.cubanMissileCrisis(), out);
    }
    List<String> hello = Child.java(List.of(), Hello.class.getName());
    List<String> judge = Child.java(List.of(), MemoryCheck.CLI, "judge", cuba.toString());
    // An application class-data archive: the classes a judge run loads, parsed and verified once.
    String jars = Child.jarClassPath().orElseThrow(() -> new IllegalStateException("package the modules first: a class-data archive needs jars"));
    Path archive = dir.resolve("judge.jsa");
    Files.deleteIfExists(archive);
    Child.check(Child.run(Child.java(jars, List.of("-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath()), MemoryCheck.CLI, "judge", cuba.toString()), 300));
    List<String> judgeArchived = Child.java(jars, List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath()), MemoryCheck.CLI, "judge", cuba.toString());
    // One run of each first, so that the files are in the page cache for all.
    Child.check(Child.run(hello, 120));
    Child.check(Child.run(judge, 120));
    Child.check(Child.run(judgeArchived, 120));
    long[] helloNanos = new long[runs];
    long[] judgeNanos = new long[runs];
    long[] archivedNanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      helloNanos[i] = Child.check(Child.run(hello, 120)).nanos();
      judgeNanos[i] = Child.check(Child.run(judge, 120)).nanos();
      archivedNanos[i] = Child.check(Child.run(judgeArchived, 120)).nanos();
    }
    double h = median(helloNanos) / 1e6;
    double j = median(judgeNanos) / 1e6;
    double a = median(archivedNanos) / 1e6;
    System.out.printf(Locale.ROOT, "hello-world: median %.0f ms of %d runs%n", h, runs);
    System.out.printf(Locale.ROOT, "judge Cuban example: median %.0f ms of %d runs%n", j, runs);
    System.out.printf(Locale.ROOT, "start-up ratio: %.2f×%n", j / h);
    System.out.printf(Locale.ROOT, "judge with an application class-data archive: median %.0f ms, ratio %.2f×%n", a, a / h);

    Path helloClasses = dir.resolve("hello-classes.txt");
    Path judgeClasses = dir.resolve("judge-classes.txt");
    Child.check(Child.run(Child.java(List.of("-Xlog:class+load=info:file=" + helloClasses.toAbsolutePath()), Hello.class.getName()), 120));
    Child.check(Child.run(Child.java(List.of("-Xlog:class+load=info:file=" + judgeClasses.toAbsolutePath()), MemoryCheck.CLI, "judge", cuba.toString()), 120));
    List<String> helloLoaded = loaded(helloClasses);
    List<String> judgeLoaded = loaded(judgeClasses);
    System.out.printf(Locale.ROOT, "classes loaded: hello-world %d, judge %d%n", helloLoaded.size(), judgeLoaded.size());
    System.out.println("classes the judge run loads beyond hello-world, by package:");
    Map<String, Integer> byPackage = new TreeMap<>();
    List<String> extra = new ArrayList<>(judgeLoaded);
    extra.removeAll(helloLoaded);
    for (String c : extra) {
      byPackage.merge(packageGroup(c), 1, Integer::sum);
    }
    byPackage.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
        .forEach(e -> System.out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  /** The class names in a {@code -Xlog:class+load} log. */
  static List<String> loaded(Path log) throws java.io.IOException {
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .map(line -> line.replaceFirst("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\] ?", "").split(" ")[0])
        .filter(name -> !name.isEmpty())
        .collect(Collectors.toList());
  }

  /**
   * Enough of a class's package to tell libraries and their parts apart: four parts for names
   * under a domain ({@code io.github.hindsight.json}), three for the JDK ({@code java.util.regex}).
   * Lambdas and other hidden classes count with the package of the class that made them.
   */
  static String packageGroup(String className) {
    String[] parts = className.replaceFirst("\\$\\$Lambda.*", "").split("\\.");
    boolean domain = Set.of("io", "org", "com", "tools", "net").contains(parts[0]);
    int keep = Math.min(parts.length - 1, domain ? 4 : 3);
    return String.join(".", Arrays.asList(parts).subList(0, Math.max(1, keep)));
  }
}
