package io.github.hindsight.benchmarks;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.QuestionSink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams a large JSON Lines corpus through a conversion in a 64 MB heap and reports the peak
 * heap the garbage collector saw. The conversion is {@code hindsight convert --stream}, run in a
 * child JVM as a user would run it (see docs/performance.md). The corpus is generated first, in this process, and deleted at
 * the end: nothing of that size is left behind.
 *
 * <p>Arguments: {@code --bytes=N} (the corpus size, 1 GiB by default), {@code --heap=64m},
 * {@code --dir=DIR} (where to put the files; {@code target/memory-check} by default).
 */
public final class MemoryCheck {
  /** A G1 or Serial pause line: heap before, after and committed, in megabytes. */
  private static final Pattern PAUSE = Pattern.compile("Pause.*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  /** The command line's main class: {@code hindsight} is a launcher for it. */
  static final String CLI = "io.github.hindsight.cli.HindsightCli";

  private MemoryCheck() {}

  /**
   * Runs the check.
   *
   * @param args see the class description
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    long bytes = 1L << 30;
    String heap = "64m";
    Path dir = Paths.get("target", "memory-check");
    for (String arg : args) {
      if (arg.startsWith("--bytes=")) {
        bytes = Long.parseLong(arg.substring("--bytes=".length()));
      } else if (arg.startsWith("--heap=")) {
        heap = arg.substring("--heap=".length());
      } else if (arg.startsWith("--dir=")) {
        dir = Paths.get(arg.substring("--dir=".length()));
      } else if (!arg.isBlank()) {
        throw new IllegalArgumentException("unknown argument " + arg + "; expected --bytes=, --heap= or --dir=");
      }
    }
    Files.createDirectories(dir);
    Path in = dir.resolve("corpus.jsonl");
    Path out = dir.resolve("converted.jsonl");
    Path gc = dir.resolve("gc.log");
    try {
      long started = System.nanoTime();
      long questions = generate(in, bytes);
      long size = Files.size(in);
      System.out.printf(Locale.ROOT, "generated %d questions, %.1f MiB, in %.1f s%n", questions, size / 1048576.0, (System.nanoTime() - started) / 1e9);

      Child.Result r = Child.check(Child.run(Child.java(
          List.of("-Xmx" + heap, "-Xlog:gc:file=" + gc.toAbsolutePath() + ":uptime,level,tags:filecount=0"),
          CLI, "convert", "--stream", in.toString(), out.toString()), 3600));
      long peak = peakMegabytes(Files.readAllLines(gc, StandardCharsets.UTF_8));
      double seconds = r.nanos() / 1e9;
      System.out.printf(Locale.ROOT, "converted with -Xmx%s: %s; %.1f s, %.1f MiB/s; output %.1f MiB%n",
          heap, r.output().strip(), seconds, size / 1048576.0 / seconds, Files.size(out) / 1048576.0);
      System.out.printf(Locale.ROOT, "peak heap before a collection: %d MiB (limit %s)%n", peak, heap);
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
    }
  }

  /** Writes corpus questions, in corpus order, until the file holds at least {@code bytes}. */
  private static long generate(Path file, long bytes) throws IOException {
    FormatProvider jsonl = Hindsight.standard().format("jsonl").orElseThrow();
    CountingOutput counter = new CountingOutput();
    long n = 0;
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      OutputStream tee = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          os.write(b);
          counter.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          os.write(b, off, len);
          counter.write(b, off, len);
        }
      };
      Iterator<Question> questions = Corpus.lazily(Long.MAX_VALUE);
      try (QuestionSink sink = jsonl.writer().orElseThrow().openSink(tee)) {
        while (counter.count() < bytes) {
          // The corpus repeats after the int range, far beyond any size asked for.
          sink.write(questions.next());
          n++;
        }
      }
    }
    return n;
  }

  /**
   * The highest heap occupancy a collection found, from a {@code -Xlog:gc} log.
   *
   * @param lines the log
   * @return megabytes, or 0 when no collection ran
   */
  static long peakMegabytes(List<String> lines) {
    long peak = 0;
    for (String line : lines) {
      Matcher m = PAUSE.matcher(line);
      if (m.find()) {
        peak = Math.max(peak, Long.parseLong(m.group(1)));
      }
    }
    return peak;
  }
}
