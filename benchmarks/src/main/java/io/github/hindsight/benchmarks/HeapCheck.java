package io.github.hindsight.benchmarks;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.ReadOptions;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much heap {@code readBank} needs, as a ratio to the bytes it reads: for each format, a bank
 * of corpus questions and one large question, each read in child JVMs whose heap is bisected
 * until the smallest {@code -Xmx} that reads it is found (see docs/performance.md). The heap a
 * JVM needs to read a tiny document is measured the same way and taken off, so that the ratio is
 * that of the reading, not of the JVM and the libraries it loads.
 *
 * <p>Arguments: {@code --bytes=N} (the size of each document, 16 MiB by default),
 * {@code --formats=json,markdown}, {@code --dir=DIR} ({@code target/heap-check} by default).
 */
public final class HeapCheck {
  /** The size given to {@code RandomQuestions} for the single large question, per MiB wanted. */
  private static final int SIZE_PER_MIB = 800;
  /** How long a child may take: one near the end of its heap, collecting without end, has failed. */
  private static final int CHILD_SECONDS = 60;

  private HeapCheck() {}

  /** What a document needs: its bytes, the smallest heap that reads it, and the heap the bank read from it holds. */
  record Need(String format, String document, long bytes, int heapMib, long retainedBytes) {}

  /**
   * Runs the check.
   *
   * @param args see the class description
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    long bytes = 16L << 20;
    List<String> formats = List.of("json", "markdown");
    Path dir = Paths.get("target", "heap-check");
    for (String arg : args) {
      if (arg.startsWith("--bytes=")) {
        bytes = Long.parseLong(arg.substring("--bytes=".length()));
      } else if (arg.startsWith("--formats=")) {
        formats = List.of(arg.substring("--formats=".length()).split(","));
      } else if (arg.startsWith("--dir=")) {
        dir = Paths.get(arg.substring("--dir=".length()));
      } else if (!arg.isBlank()) {
        throw new IllegalArgumentException("unknown argument " + arg + "; expected --bytes=, --formats= or --dir=");
      }
    }
    Files.createDirectories(dir);
    List<Need> needs = new ArrayList<>();
    for (String format : formats) {
      FormatWriter writer = Hindsight.standard().format(format).orElseThrow().writer().orElseThrow();
      Path tiny = dir.resolve("tiny." + format);
      Path bank = dir.resolve("bank." + format);
      Path one = dir.resolve("one-question." + format);
      try {
        writeQuestion(tiny, writer, Corpus.question(0));
        writeBank(bank, writer, bytes);
        // A quarter of the bank's size: one question of the corpus's kind grows slower to write than to read.
        writeQuestion(one, writer, Corpus.sized((int) Math.max(1, SIZE_PER_MIB * (bytes >> 22))));
        needs.add(need(format, "tiny (the JVM's own)", tiny));
        needs.add(need(format, "bank of corpus questions", bank));
        needs.add(need(format, "one large question", one));
      } finally {
        Files.deleteIfExists(tiny);
        Files.deleteIfExists(bank);
        Files.deleteIfExists(one);
      }
    }
    System.out.println(table(needs));
  }

  private static Need need(String format, String document, Path file) throws IOException, InterruptedException {
    Need n = new Need(format, document, Files.size(file), smallestHeap(format, file), retained(format, file));
    System.out.printf(Locale.ROOT, "%s, %s: %d bytes read in -Xmx%dm; the bank holds %d bytes%n", format, document, n.bytes(), n.heapMib(), n.retainedBytes());
    return n;
  }

  /**
   * The table of needs: heap over input, with the tiny document's heap taken off, and beside it
   * the heap the bank read holds, less what reading the tiny one left (the libraries' own state).
   */
  static String table(List<Need> needs) {
    StringBuilder sb = new StringBuilder("| Format | Document | Input | Smallest -Xmx | Heap for the reading / input | The bank read / input |\n|---|---|---:|---:|---:|---:|\n");
    int base = 0;
    long baseRetained = 0;
    for (Need n : needs) {
      if (n.document().startsWith("tiny")) {
        base = n.heapMib();
        baseRetained = n.retainedBytes();
        sb.append(String.format(Locale.ROOT, "| %s | %s | %.1f KiB | %d MiB | — | — |%n", n.format(), n.document(), n.bytes() / 1024.0, n.heapMib()));
      } else {
        sb.append(String.format(Locale.ROOT, "| %s | %s | %.1f MiB | %d MiB | %.1f× | %.1f× |%n", n.format(), n.document(),
            n.bytes() / 1048576.0, n.heapMib(), ratio(n.heapMib() - base, n.bytes()),
            Math.max(0, n.retainedBytes() - baseRetained) / (double) n.bytes()));
      }
    }
    return sb.toString();
  }

  /**
   * @param heapMib heap, in MiB
   * @param bytes input, in bytes
   * @return the heap as a multiple of the input
   */
  static double ratio(int heapMib, long bytes) {
    return Math.max(0, heapMib) * 1048576.0 / bytes;
  }

  private static void writeBank(Path file, FormatWriter writer, long bytes) throws IOException {
    CountingOutput counter = new CountingOutput();
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        QuestionSink sink = writer.openSink(os)) {
      for (int i = 0; counter.count() < bytes; i++) {
        Question q = Corpus.question(i);
        writer.writeQuestion(q, counter);
        sink.write(q);
      }
    }
  }

  private static void writeQuestion(Path file, FormatWriter writer, Question question) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      writer.writeQuestion(question, out);
    }
  }

  /**
   * The smallest heap in which a child JVM reads the document as a bank, to 1 MiB or to a
   * sixteenth of the document's size, whichever is larger.
   */
  private static int smallestHeap(String format, Path file) throws IOException, InterruptedException {
    int step = (int) Math.max(1, Files.size(file) >> 24);
    int low = 2;
    int high = (int) Math.max(32, 8 * (Files.size(file) >> 20));
    while (!reads(format, file, high)) {
      low = high;
      high *= 2;
      if (high > 8192) {
        throw new IllegalStateException(file + " does not read in " + low + " MiB");
      }
    }
    while (high - low > step) {
      int mid = (low + high) >>> 1;
      if (reads(format, file, mid)) {
        high = mid;
      } else {
        low = mid;
      }
    }
    return high;
  }

  private static boolean reads(String format, Path file, int heapMib) throws IOException, InterruptedException {
    // The parallel collector gives up (OutOfMemoryError) when it does little but collect.
    try {
      Child.Result r = Child.run(Child.java(List.of("-Xmx" + heapMib + "m", "-XX:+UseParallelGC"),
          Read.class.getName(), format, file.toString()), CHILD_SECONDS);
      return r.exitCode() == 0;
    } catch (IllegalStateException tooSlow) {
      return false;
    }
  }

  /** The heap the bank read from a document holds once read, measured in a child with room to spare. */
  private static long retained(String format, Path file) throws IOException, InterruptedException {
    Child.Result r = Child.run(Child.java(List.of("-Xmx2g", "-XX:+UseParallelGC"), Retain.class.getName(), format, file.toString()), CHILD_SECONDS);
    if (r.exitCode() != 0) {
      throw new IllegalStateException(file + " could not be read: " + r);
    }
    // The last line: the JVM may warn before it.
    String[] lines = r.output().strip().split("\n");
    return Long.parseLong(lines[lines.length - 1].strip());
  }

  /** The child: reads a document as a bank and prints how much more heap is in use while the bank is held. */
  public static final class Retain {
    private Retain() {}

    /**
     * @param args the format and the file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
      Runtime rt = Runtime.getRuntime();
      var reader = Hindsight.standard().format(args[0]).orElseThrow().reader().orElseThrow();
      long before = settledUse(rt);
      QuestionBank bank;
      try (InputStream in = Files.newInputStream(Paths.get(args[1]))) {
        bank = reader.readBank(in, ReadOptions.builder().sourceName(args[1]).checkLinks(false).build());
      }
      long after = settledUse(rt);
      System.out.println(Math.max(0, after - before));
      if (bank.questions().isEmpty()) {
        throw new IllegalStateException("no questions in " + args[1]);
      }
    }

    private static long settledUse(Runtime rt) {
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      return rt.totalMemory() - rt.freeMemory();
    }
  }

  /** The child: reads a document as a bank with the standard facade, and exits 0 if it could. */
  public static final class Read {
    private Read() {}

    /**
     * @param args the format and the file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
      try (InputStream in = Files.newInputStream(Paths.get(args[1]))) {
        QuestionBank bank = Hindsight.standard().format(args[0]).orElseThrow().reader().orElseThrow()
            .readBank(in, ReadOptions.builder().sourceName(args[1]).checkLinks(false).build());
        System.out.println(bank.questions().size());
      }
    }
  }
}
