package io.github.hindsight.benchmarks;

import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Markdown format beside bare commonmark on the same text: a parse for reading, an HTML
 * render of the parsed document for writing. The floor uses the one extension the format's
 * syntax needs (tables) and none of the source positions the format keeps for its locations.
 */
@State(Scope.Benchmark)
public class MarkdownBenchmarks {
  /** The corpus size. */
  @Param({"small"})
  public String size;

  private final FormatProvider markdown = new MarkdownFormat();
  private final List<Extension> extensions = List.of(TablesExtension.create());
  private final Parser parser = Parser.builder().extensions(extensions).build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();
  private final CountingOutput out = new CountingOutput();

  private List<Question> questions;
  private byte[] bytes;
  private Node parsed;

  /**
   * Loads the corpus and its Markdown document, and parses it once for the render floor.
   *
   * @throws IOException if the corpus cannot be written or read
   */
  public void setUp() throws IOException {
    Corpus.Size s = Corpus.Size.valueOf(size.toUpperCase(Locale.ROOT));
    questions = Corpus.questions(s);
    bytes = Corpus.bytes(Corpus.document(s, MarkdownFormat.ID, markdown.writer().orElseThrow()));
    parsed = parser.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * Loads the corpus, then, for the benchmarks that settle ({@link Settings#settles}), runs the
   * fork's benchmark until the compiler is quiet: the reader reaches so much code that its forks
   * are still compiling after JMH's warm-up, and the floor waits the same way so that both are
   * measured alike.
   *
   * @param params the fork's benchmark
   * @throws Exception if the corpus cannot be written or read, or the benchmark fails
   */
  @Setup
  public void setUp(BenchmarkParams params) throws Exception {
    setUp();
    CompilerQuiet.settleForkIfItSettles(params, (method, bh) -> switch (method) {
      case "hindsightRead" -> () -> hindsightRead(bh);
      case "floorParse" -> () -> bh.consume(floorParse());
      default -> throw new IllegalArgumentException("no operation to settle for " + method);
    });
  }

  /**
   * Reads the Markdown document into validated questions.
   *
   * @param bh takes each question
   * @return how many were read
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  public int hindsightRead(Blackhole bh) throws IOException {
    return Drain.questions(markdown, bytes, bh);
  }

  /** @return the same bytes decoded and parsed by commonmark */
  @Benchmark
  public Node floorParse() {
    return parser.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * Writes the corpus as Markdown.
   *
   * @return how many bytes were written
   * @throws IOException never, the bytes are counted and dropped
   */
  @Benchmark
  public long hindsightWrite() throws IOException {
    Corpus.write(questions.iterator(), markdown.writer().orElseThrow(), out.reset());
    return out.count();
  }

  /**
   * The same document, already parsed, rendered as HTML and encoded.
   *
   * @return how many bytes the HTML takes
   * @throws IOException never
   */
  @Benchmark
  public long floorRender() throws IOException {
    out.reset().write(renderer.render(parsed).getBytes(StandardCharsets.UTF_8));
    return out.count();
  }

  /** @return the corpus's Markdown document, for tests */
  byte[] markdownBytes() {
    return bytes;
  }
}
