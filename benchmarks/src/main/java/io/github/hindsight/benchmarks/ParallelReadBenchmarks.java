package io.github.hindsight.benchmarks;

import io.github.hindsight.Hindsight;
import io.github.hindsight.json.JsonLinesFormat;
import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading on two threads beside reading on one, in the same run: a folder bank of Markdown files
 * through the facade, and a JSON Lines corpus streamed by its reader. The one-thread read is the
 * floor; on a machine with two idle cores the two-thread read should take at most 0.59 of its
 * time (1.7 times as fast).
 *
 * <p>Beside them, the machine's ceiling: two JSON Lines reads on one thread, one after the
 * other, against the same two reads on two threads at once, each whole on its thread, with
 * nothing handed from one to the other. Its ratio is what two threads buy on the machine at
 * all (0.5 at best); the reader's own ratio cannot be better.
 *
 * <p>Each fork first runs its operation until the JIT compiler is quiet ({@link CompilerQuiet}),
 * so that no fork is measured while the compiler takes one of the cores.
 */
@State(Scope.Benchmark)
public class ParallelReadBenchmarks {
  /** The corpus size. */
  @Param({"small"})
  public String size;

  private final FormatProvider markdown = new MarkdownFormat();
  private final FormatProvider jsonl = new JsonLinesFormat();
  private final Hindsight oneThread = Hindsight.builder().useServiceLoader(false).addFormat(markdown).build();
  private final Hindsight twoThreads = oneThread.withParallelism(2);

  private Path folder;
  private byte[] jsonlBytes;
  /** The second thread of the ceiling, started once for the fork so that no read pays for a thread. */
  private final ExecutorService other = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "ceiling-second-read");
    thread.setDaemon(true);
    return thread;
  });

  /**
   * Makes (or finds) the corpus, then runs the fork's benchmark until the compiler is quiet.
   *
   * @param params the fork's benchmark
   * @throws Exception if the corpus cannot be written or read, or the benchmark fails
   */
  @Setup
  public void setUp(BenchmarkParams params) throws Exception {
    setUp();
    CompilerQuiet.settleForkIfItSettles(params, (method, bh) -> () -> operation(method, bh));
  }

  /** Runs one benchmark of this class once, by its name, with or without its class's. */
  void operation(String benchmark, Blackhole bh) throws Exception {
    switch (benchmark.substring(benchmark.indexOf('.') + 1)) {
      case "folderOneThread" -> folderOneThread();
      case "folderTwoThreads" -> folderTwoThreads();
      case "jsonLinesOneThread" -> jsonLinesOneThread(bh);
      case "jsonLinesTwoThreads" -> jsonLinesTwoThreads(bh);
      case "ceilingOneThread" -> ceilingOneThread(bh);
      case "ceilingTwoThreads" -> ceilingTwoThreads(bh);
      default -> throw new IllegalArgumentException("no benchmark " + benchmark);
    }
  }

  /**
   * Makes (or finds) the folder bank and the JSON Lines corpus.
   *
   * @throws IOException if they cannot be written or read
   */
  public void setUp() throws IOException {
    Corpus.Size s = Corpus.Size.valueOf(size.toUpperCase(Locale.ROOT));
    folder = Corpus.folder(s, "md", markdown.writer().orElseThrow());
    jsonlBytes = Corpus.bytes(Corpus.document(s, JsonLinesFormat.ID, jsonl.writer().orElseThrow()));
  }

  /**
   * The folder bank read in one thread.
   *
   * @return the bank
   * @throws IOException if a file cannot be read
   */
  @Benchmark
  public QuestionBank folderOneThread() throws IOException {
    return oneThread.readBank(folder);
  }

  /**
   * The folder bank read on two threads.
   *
   * @return the bank
   * @throws IOException if a file cannot be read
   */
  @Benchmark
  public QuestionBank folderTwoThreads() throws IOException {
    return twoThreads.readBank(folder);
  }

  /**
   * The JSON Lines corpus streamed in one thread.
   *
   * @param bh takes each question
   * @return how many were read
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  public int jsonLinesOneThread(Blackhole bh) throws IOException {
    return stream(1, bh);
  }

  /**
   * The JSON Lines corpus streamed on two threads.
   *
   * @param bh takes each question
   * @return how many were read
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  public int jsonLinesTwoThreads(Blackhole bh) throws IOException {
    return stream(2, bh);
  }

  /**
   * The ceiling's floor: two JSON Lines reads on one thread, one after the other.
   *
   * @param bh takes each question
   * @return how many were read
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  public int ceilingOneThread(Blackhole bh) throws IOException {
    return stream(1, bh) + stream(1, bh);
  }

  /**
   * The machine's ceiling: the same two reads at once, one on this thread and one on another,
   * each whole on its thread.
   *
   * @param bh takes each question this thread reads
   * @return how many were read
   * @throws IOException never, the bytes are in memory
   * @throws InterruptedException if this thread is interrupted while it waits for the other
   * @throws ExecutionException if the other read failed
   */
  @Benchmark
  public int ceilingTwoThreads(Blackhole bh) throws IOException, InterruptedException, ExecutionException {
    Future<Integer> second = other.submit(() -> Drain.questions(jsonl, jsonlBytes, ReadOptions.defaults(), q -> lastOfOther = q));
    return stream(1, bh) + second.get();
  }

  /** What the ceiling's other thread read last, so that its reads are not optimised away. */
  @SuppressWarnings("unused")
  private volatile Object lastOfOther;

  /** Ends the ceiling's second thread. */
  @TearDown
  public void tearDown() {
    other.shutdownNow();
  }

  private int stream(int threads, Blackhole bh) throws IOException {
    return Drain.questions(jsonl, jsonlBytes, ReadOptions.builder().parallelism(threads).build(), bh);
  }
}
