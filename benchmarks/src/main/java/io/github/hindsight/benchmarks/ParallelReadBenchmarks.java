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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading on two threads beside reading on one, in the same run: a folder bank of Markdown files
 * through the facade, and a JSON Lines corpus streamed by its reader. The one-thread read is the
 * floor; on a machine with two idle cores the two-thread read should take at most 0.59 of its
 * time (1.7 times as fast).
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

  /**
   * Makes (or finds) the folder bank and the JSON Lines corpus.
   *
   * @throws IOException if they cannot be written or read
   */
  @Setup
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

  private int stream(int threads, Blackhole bh) throws IOException {
    return Drain.questions(jsonl, jsonlBytes, ReadOptions.builder().parallelism(threads).build(), bh);
  }
}
