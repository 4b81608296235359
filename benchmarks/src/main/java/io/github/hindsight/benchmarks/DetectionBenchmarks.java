package io.github.hindsight.benchmarks;

import io.github.hindsight.Hindsight;
import io.github.hindsight.json.JsonFormat;
import io.github.hindsight.spi.FormatProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The facade's detection of a file's format, by extension and by content, beside the least that
 * content detection must do: open the file and read its head.
 */
@State(Scope.Benchmark)
public class DetectionBenchmarks {
  /** How the format is found: {@code extension} (a {@code .json} file) or {@code content} (the same bytes as {@code .data}). */
  @Param({"extension", "content"})
  public String by;

  private final Hindsight hindsight = Hindsight.standard();
  private Path file;

  /**
   * Places the small JSON corpus under the name the parameter asks for.
   *
   * @throws IOException if the corpus cannot be written or copied
   */
  @Setup
  public void setUp() throws IOException {
    FormatProvider json = new JsonFormat();
    Path corpus = Corpus.document(Corpus.Size.SMALL, JsonFormat.ID, json.writer().orElseThrow());
    if (by.equals("extension")) {
      file = corpus;
    } else {
      file = corpus.resolveSibling("corpus-unnamed.data");
      Files.copy(corpus, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Detects the format.
   *
   * @return the format found
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public FormatProvider hindsightDetect() throws IOException {
    return hindsight.detect(file);
  }

  /**
   * Opens the file and reads as much of its head as detection may look at.
   *
   * @return the head
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public byte[] floorReadHead() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(Hindsight.SNIFF_LENGTH);
    }
  }
}
