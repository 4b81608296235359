package io.github.hindsight.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The classes a JVM loaded, read from its {@code -Xlog:class+load} log, and grouped by package. */
final class ClassLog {
  private static final Set<String> DOMAINS = Set.of("io", "org", "com", "tools", "net");

  private ClassLog() {}

  /**
   * A loaded class.
   *
   * @param name its name
   * @param shared whether it was mapped from a class-data archive rather than loaded and parsed
   */
  record Loaded(String name, boolean shared) {}

  /**
   * The classes in a {@code -Xlog:class+load} log, in the order they loaded.
   *
   * @param log the log file
   * @return the classes
   * @throws IOException if the log cannot be read
   */
  static List<Loaded> read(Path log) throws IOException {
    List<Loaded> out = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      String rest = line.replaceFirst("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\] ?", "");
      String name = rest.split(" ")[0];
      if (!name.isEmpty()) {
        out.add(new Loaded(name, rest.contains("source: shared objects file")));
      }
    }
    return out;
  }

  /**
   * How many of the classes of a run, not loaded by a baseline run, fall in each package group.
   *
   * @param run the run's classes
   * @param baseline the baseline's classes
   * @return the count of each group, largest first
   */
  static List<Map.Entry<String, Integer>> beyond(List<Loaded> run, List<Loaded> baseline) {
    Set<String> base = new HashSet<>();
    for (Loaded l : baseline) {
      base.add(l.name());
    }
    Map<String, Integer> byGroup = new TreeMap<>();
    for (Loaded l : run) {
      if (!base.contains(l.name())) {
        byGroup.merge(packageGroup(l.name()), 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(byGroup.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    return sorted;
  }

  /**
   * Enough of a class's package to tell libraries and their parts apart: four parts for names
   * under a domain ({@code io.github.hindsight.json}), three for the JDK ({@code java.util.regex}).
   * Lambdas and other hidden classes count with the package of the class that made them.
   *
   * @param className a class name as the log gives it
   * @return its group
   */
  static String packageGroup(String className) {
    String[] parts = className.replaceFirst("\\$\\$Lambda.*", "").split("\\.");
    int keep = Math.min(parts.length - 1, DOMAINS.contains(parts[0]) ? 4 : 3);
    return String.join(".", Arrays.asList(parts).subList(0, Math.max(1, keep)));
  }
}
