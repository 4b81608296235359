package io.github.hindsight.benchmarks;

import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs benchmark methods of two builds of Hindsight in one JVM, in short windows taken in turn,
 * so that whatever else the machine does falls on both builds alike: {@code benchmarks/run.sh
 * side-by-side --before=REV}. On a shared host, separate runs of the two differ by more than the
 * change being measured; windows in turn within one process do not.
 *
 * <p>Each build gets a class loader of its own over this JVM's class path, in which every entry
 * inside the project's folder is replaced by the same entry inside the earlier build's folder:
 * the libraries are the same for both, and only Hindsight's modules and the benchmarks differ.
 * For each method it prints the median time of a window, and for a path and its floor the median
 * of their ratio window by window. The windows of each round run in turn, in an order that turns
 * from one round to the next, so that no build always follows the same one.
 *
 * <p>The benchmark class needs a public {@code size} field, a public {@code setUp()} and the
 * methods named, each without parameters or with a JMH {@code Blackhole} alone.
 */
public final class SideBySide {
  private SideBySide() {}

  private record Variant(String name, Object benchmark, Method method, Object[] arguments) {
    Object call() throws ReflectiveOperationException {
      return method.invoke(benchmark, arguments);
    }
  }

  /** The words JMH asks of code that makes a {@code Blackhole} of its own. */
  private static final String BLACKHOLE_CONSENT =
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

  /**
   * @param args {@code --root=DIR --before-root=DIR --class=NAME --methods=PATH[,FLOOR]} and
   *     optionally {@code --size=small --windows=40 --window-ms=250 --warm-up-s=25}
   * @throws Exception if a build or a benchmark cannot be loaded or fails
   */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(arg(args, "root", null)).toAbsolutePath().normalize();
    Path beforeRoot = Path.of(arg(args, "before-root", null)).toAbsolutePath().normalize();
    String className = "io.github.hindsight.benchmarks." + arg(args, "class", null);
    List<String> methods = List.of(arg(args, "methods", null).split(","));
    String size = arg(args, "size", "small");
    int windows = Integer.parseInt(arg(args, "windows", "40"));
    long windowNanos = Long.parseLong(arg(args, "window-ms", "250")) * 1_000_000L;
    long warmUpNanos = Long.parseLong(arg(args, "warm-up-s", "25")) * 1_000_000_000L;

    List<Variant> variants = new ArrayList<>();
    for (String build : List.of("before", "after")) {
      ClassLoader loader = new URLClassLoader(classPath(root, build.equals("before") ? beforeRoot : root),
          ClassLoader.getPlatformClassLoader());
      Class<?> type = Class.forName(className, true, loader);
      Object benchmark = type.getDeclaredConstructor().newInstance();
      try {
        type.getField("size").set(benchmark, size);
        type.getMethod("setUp").invoke(benchmark);
        Class<?> blackholeType = Class.forName("org.openjdk.jmh.infra.Blackhole", true, loader);
        Object blackhole = blackholeType.getConstructor(String.class).newInstance(BLACKHOLE_CONSENT);
        for (String m : methods) {
          Method method = method(type, m, blackholeType);
          Object[] arguments = method.getParameterCount() == 0 ? new Object[0] : new Object[] {blackhole};
          variants.add(new Variant(build + " " + m, benchmark, method, arguments));
        }
      } catch (NoSuchFieldException | NoSuchMethodException e) {
        throw new IllegalArgumentException(className + " in the " + build + " build has no public " + e.getMessage()
            + "; side-by-side needs a field 'size', a method 'setUp()' and each method named, without parameters"
            + " or with a Blackhole alone", e);
      }
    }

    // What each call returns goes into this, so that no call's work can be left out.
    long sink = 0;
    long warmUpEnd = System.nanoTime() + warmUpNanos;
    while (System.nanoTime() < warmUpEnd) {
      for (Variant v : variants) {
        sink += Objects.hashCode(v.call());
      }
    }
    double[][] times = new double[variants.size()][windows];
    for (int w = 0; w < windows; w++) {
      for (int j = 0; j < variants.size(); j++) {
        int k = (j + w) % variants.size();
        Variant v = variants.get(k);
        long start = System.nanoTime();
        long stop = start + windowNanos;
        int n = 0;
        do {
          sink += Objects.hashCode(v.call());
          n++;
        } while (System.nanoTime() < stop);
        times[k][w] = (System.nanoTime() - start) / 1e6 / n;
      }
    }

    System.out.printf(Locale.ROOT, "%s, size=%s, %d windows of %d ms each in turn after %d s of warm-up%n",
        className, size, windows, windowNanos / 1_000_000, warmUpNanos / 1_000_000_000);
    for (int k = 0; k < variants.size(); k++) {
      System.out.printf(Locale.ROOT, "  %-40s median %.3f ms a call (middle half %.3f to %.3f)%n",
          variants.get(k).name(), quantile(times[k], 0.5), quantile(times[k], 0.25), quantile(times[k], 0.75));
    }
    if (methods.size() == 2) {
      for (int b = 0; b < 2; b++) {
        double[] ratios = new double[windows];
        for (int w = 0; w < windows; w++) {
          ratios[w] = times[2 * b][w] / times[2 * b + 1][w];
        }
        System.out.printf(Locale.ROOT, "  %-6s %s / %s: median ratio %.3f (middle half %.3f to %.3f)%n",
            b == 0 ? "before" : "after", methods.get(0), methods.get(1),
            quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75));
      }
    }
    System.out.printf(Locale.ROOT, "  (checksum of the calls' results: %d)%n", sink);
  }

  /** The public method of that name, without parameters or else with a Blackhole alone. */
  private static Method method(Class<?> type, String name, Class<?> blackholeType) throws NoSuchMethodException {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      return type.getMethod(name, blackholeType);
    }
  }

  /** This JVM's class path, with the entries inside {@code root} moved to {@code buildRoot}. */
  private static URL[] classPath(Path root, Path buildRoot) throws MalformedURLException {
    List<Path> moved = moved(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)), root, buildRoot);
    URL[] urls = new URL[moved.size()];
    for (int i = 0; i < urls.length; i++) {
      if (!Files.exists(moved.get(i))) {
        throw new IllegalArgumentException(moved.get(i) + " is on the class path but was not built; build both trees with the same modules");
      }
      urls[i] = moved.get(i).toUri().toURL();
    }
    return urls;
  }

  /** Class path entries, those inside {@code root} moved to the same place inside {@code buildRoot}. */
  static List<Path> moved(List<String> entries, Path root, Path buildRoot) {
    List<Path> moved = new ArrayList<>();
    for (String e : entries) {
      Path entry = Path.of(e).toAbsolutePath().normalize();
      moved.add(entry.startsWith(root) ? buildRoot.resolve(root.relativize(entry)) : entry);
    }
    return moved;
  }

  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }

  private static String arg(String[] args, String name, @Nullable String fallback) {
    for (String a : args) {
      if (a.startsWith("--" + name + "=")) {
        return a.substring(name.length() + 3);
      }
    }
    if (fallback == null) {
      throw new IllegalArgumentException("--" + name + "= is required");
    }
    return fallback;
  }
}
