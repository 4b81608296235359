package io.github.hindsight.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times {@code hindsight judge} and {@code hindsight validate} on the Cuban example, run through
 * the {@code ./hindsight} launcher as a user runs them, against a bare hello-world run as
 * {@code java -cp DIR Hello} with the same {@code java} and the JDK's default class-data sharing,
 * the three run in turn; then lists what each command loads beyond hello-world, by package.
 *
 * <p>Arguments: {@code --runs=N} (rounds of the three; 11 by default), {@code --dir=DIR} (where
 * the hello-world class and the class-load logs go). Options for the commands' JVM can be added
 * through the launcher's {@code HINDSIGHT_JAVA_OPTS}, to compare flags.
 */
public final class StartupCheck {
  private static final String EXAMPLE = "examples/questions/cuban-missile-crisis.md";
  private static final int TOP_GROUPS = 12;

  private StartupCheck() {}

  /** One command timed: its name, its command line and the target for its ratio. */
  private record Timed(String name, List<String> command, double target) {}

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
    Path root = checkout();
    Files.createDirectories(dir);
    Path javaBin = Paths.get(System.getProperty("java.home"), "bin", "java");
    // The launcher runs the `java` it finds first on the PATH: make that this JVM's.
    Map<String, String> env = Map.of("PATH", javaBin.getParent() + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", ""));
    String launcher = root.resolve("hindsight").toString();
    String example = root.resolve(EXAMPLE).toString();
    Timed hello = new Timed("java -cp DIR Hello", List.of(javaBin.toString(), "-cp", helloDir(dir).toString(), Hello.class.getName()), 0);
    List<Timed> commands = List.of(
        new Timed("hindsight judge " + EXAMPLE, List.of("bash", launcher, "judge", example), 5.0),
        new Timed("hindsight validate " + EXAMPLE, List.of("bash", launcher, "validate", example), 4.0));

    // The launcher records its class-data archive on its first run after a build: make this run
    // that first one, and let a second run of each fill the page cache.
    Files.setLastModifiedTime(runnableJar(root), FileTime.fromMillis(System.currentTimeMillis()));
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Child.check(Child.run(commands.get(0).command(), env, 900));
    Child.check(Child.run(hello.command(), 120));
    for (Timed c : commands) {
      Child.check(Child.run(c.command(), env, 120));
    }
    long[] helloNanos = new long[runs * commands.size()];
    long[][] nanos = new long[commands.size()][runs];
    for (int i = 0; i < runs; i++) {
      for (int c = 0; c < commands.size(); c++) {
        // Hello-world before each command, so that each pair runs under the same load.
        helloNanos[i * commands.size() + c] = Child.check(Child.run(hello.command(), 120)).nanos();
        nanos[c][i] = Child.check(Child.run(commands.get(c).command(), env, 120)).nanos();
      }
    }
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

    List<ClassLog.Loaded> helloClasses = classes(Child.java(List.of(logOption(dir, "hello")), Hello.class.getName()), dir, "hello", Map.of());
    double h = median(helloNanos) / 1e6;
    System.out.printf(Locale.ROOT, "Start-up, whole process: median of %d rounds of hello-world, judge and validate in turn%n", runs);
    System.out.printf(Locale.ROOT, "(%s %s, %d processors, load average %.2f before and %.2f after; HINDSIGHT_JAVA_OPTS=%s)%n%n",
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors(),
        loadBefore, loadAfter, System.getenv().getOrDefault("HINDSIGHT_JAVA_OPTS", ""));
    System.out.println("| Command | Median | Middle half of the runs | Ratio to hello-world | Target | Classes loaded | of them from a class-data archive |");
    System.out.println("|---|---:|---:|---:|---|---:|---:|");
    row(hello, helloNanos, h, helloClasses);
    List<List<ClassLog.Loaded>> loaded = new ArrayList<>();
    for (int c = 0; c < commands.size(); c++) {
      Timed t = commands.get(c);
      String name = t.command().get(2);
      Map<String, String> logEnv = new java.util.HashMap<>(env);
      logEnv.put("HINDSIGHT_JAVA_OPTS", (System.getenv().getOrDefault("HINDSIGHT_JAVA_OPTS", "") + " " + logOption(dir, name)).strip());
      List<ClassLog.Loaded> classes = classes(t.command(), dir, name, logEnv);
      loaded.add(classes);
      row(t, nanos[c], h, classes);
    }
    for (int c = 0; c < commands.size(); c++) {
      System.out.printf(Locale.ROOT, "%nWhat %s loads beyond hello-world, by package (the %d largest groups):%n", commands.get(c).name(), TOP_GROUPS);
      ClassLog.beyond(loaded.get(c), helloClasses).stream().limit(TOP_GROUPS)
          .forEach(e -> System.out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
    }
  }

  private static void row(Timed t, long[] nanos, double helloMillis, List<ClassLog.Loaded> classes) {
    double m = median(nanos) / 1e6;
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    String target = t.target() == 0 ? "—" : String.format(Locale.ROOT, "≤ %.2f %s", t.target(), m / helloMillis <= t.target() ? "met" : "**missed**");
    long shared = classes.stream().filter(ClassLog.Loaded::shared).count();
    System.out.printf(Locale.ROOT, "| `%s` | %.0f ms | %.0f–%.0f ms | %.2f× | %s | %d | %d |%n", t.name(), m,
        sorted[sorted.length / 4] / 1e6, sorted[(sorted.length * 3) / 4] / 1e6, m / helloMillis, target, classes.size(), shared);
  }

  private static String logOption(Path dir, String name) {
    return "-Xlog:class+load=info:file=" + dir.resolve(name + "-classes.txt").toAbsolutePath();
  }

  private static List<ClassLog.Loaded> classes(List<String> command, Path dir, String name, Map<String, String> env)
      throws IOException, InterruptedException {
    Child.check(Child.run(command, env, 120));
    return ClassLog.read(dir.resolve(name + "-classes.txt"));
  }

  /** A folder holding the hello-world class and nothing else, so that its class path is as small as can be. */
  private static Path helloDir(Path dir) throws IOException {
    Path helloDir = dir.resolve("hello");
    String resource = Hello.class.getName().replace('.', '/') + ".class";
    Path target = helloDir.resolve(resource);
    Files.createDirectories(target.getParent());
    try (InputStream in = Hello.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("cannot find " + resource + " on the class path");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return helloDir.toAbsolutePath();
  }

  /** The checkout: the nearest folder up from here that holds the launcher and the example. */
  private static Path checkout() {
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("hindsight")) && Files.isRegularFile(p.resolve(EXAMPLE))) {
        return p;
      }
    }
    throw new IllegalStateException("run from inside a checkout: no folder above " + Paths.get("").toAbsolutePath() + " holds ./hindsight and " + EXAMPLE);
  }

  private static Path runnableJar(Path root) throws IOException {
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(root.resolve("cli").resolve("target"), "hindsight-cli-*-all.jar")) {
      for (Path jar : jars) {
        return jar;
      }
    }
    throw new IllegalStateException("build the runnable jar first: ./mvnw -o -q -pl cli -am package -DskipTests");
  }

  static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
