package io.github.hindsight.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/** The machine and JDK a run was made on, so that a table is never read without them. */
final class Environment {
  private Environment() {}

  /**
   * The machine, for the head of a report.
   *
   * @param loadAtStart the system load average when the run began, or a negative number if unknown
   * @return a few Markdown lines naming the processors, memory, operating system, load and JDK
   */
  static String describe(double loadAtStart) {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    String memory = "unknown";
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      memory = String.format(Locale.ROOT, "%.1f GiB", sun.getTotalMemorySize() / (1024.0 * 1024 * 1024));
    }
    return "- Processors: " + Runtime.getRuntime().availableProcessors()
        + "\n- Memory: " + memory
        + "\n- OS: " + os.getName() + " " + os.getVersion() + " (" + os.getArch() + ")"
        + String.format(Locale.ROOT, ", load average %.2f at the start and %.2f at the end", loadAtStart, os.getSystemLoadAverage())
        + "\n- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vendor") + ")\n";
  }
}
