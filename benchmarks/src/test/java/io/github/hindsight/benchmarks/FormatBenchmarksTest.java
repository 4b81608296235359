package io.github.hindsight.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Every format benchmark runs once on the small corpus, and each floor does the same work as its
 * path: the same questions, the same bytes.
 */
class FormatBenchmarksTest {
  private static final Blackhole BH =
      new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  private static JsonBenchmarks json() throws Exception {
    JsonBenchmarks b = new JsonBenchmarks();
    b.size = "small";
    b.setUp();
    return b;
  }

  @Test
  void jsonReadAndItsFloorsSeeTheWholeCorpus() throws Exception {
    JsonBenchmarks b = json();
    assertThat(b.hindsightRead(BH)).isEqualTo(Corpus.Size.SMALL.questions());
    assertThat(((JsonRecords.Bank) b.floorDataBind()).questions()).hasSize(Corpus.Size.SMALL.questions());
    assertThat(b.floorTokenScan(BH)).isGreaterThan(Corpus.Size.SMALL.questions() * 50);
  }

  @Test
  void theLargeCorpusIsAtLeastFiftyMegabytesOfJson() throws Exception {
    // Measured on the small corpus, whose questions are drawn the same way, to keep the test fast.
    double perQuestion = (double) json().jsonBytes().length / Corpus.Size.SMALL.questions();
    assertThat(perQuestion * Corpus.Size.LARGE.questions()).isGreaterThan(50e6 * 1.05);
  }

  @Test
  void theStreamingWriteFloorWritesTheSameBytesAsTheFormat() throws Exception {
    JsonBenchmarks b = json();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(io.github.hindsight.json.internal.Json.pretty(), out, JsonEncoding.UTF8)) {
      b.replay(g);
    }
    assertThat(out.toByteArray()).isEqualTo(b.jsonBytes());
    assertThat(b.floorStreamingWrite()).isEqualTo(b.hindsightWrite()).isEqualTo(b.jsonBytes().length);
  }

  @Test
  void jsonLinesCopyAndItsFloorCopyEveryLine() throws Exception {
    JsonBenchmarks b = json();
    long hindsight = b.hindsightJsonLinesCopy();
    long floor = b.floorJsonLinesCopy();
    assertThat(hindsight).isPositive();
    // The bare copy separates root values with a space as well as the line break, and spells
    // some numbers (the quantities' decimals) its own way: the same corpus, within a hundredth.
    assertThat(floor).isBetween(hindsight - hindsight / 100, hindsight + hindsight / 100 + 2L * Corpus.Size.SMALL.questions());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"extension", "content"})
  void detectionFindsJsonEitherWay(String by) throws Exception {
    DetectionBenchmarks b = new DetectionBenchmarks();
    b.by = by;
    b.setUp();
    assertThat(b.hindsightDetect().id()).isEqualTo("json");
    assertThat(b.floorReadHead()).hasSize(io.github.hindsight.Hindsight.SNIFF_LENGTH);
  }

  @Test
  void markdownReadAndWriteCoverTheCorpusAndTheFloorsTheSameText() throws Exception {
    MarkdownBenchmarks b = new MarkdownBenchmarks();
    b.size = "small";
    b.setUp();
    assertThat(b.hindsightRead(BH)).isEqualTo(Corpus.Size.SMALL.questions());
    assertThat(b.floorParse().getFirstChild()).isNotNull();
    assertThat(b.hindsightWrite()).isEqualTo(b.markdownBytes().length);
    assertThat(b.floorRender()).isPositive();
  }

  @Test
  void parallelReadsSeeTheWholeCorpusOnOneThreadAndOnTwo() throws Exception {
    ParallelReadBenchmarks b = new ParallelReadBenchmarks();
    b.size = "small";
    b.setUp();
    assertThat(b.folderOneThread().questions()).hasSize(Corpus.Size.SMALL.questions()).isEqualTo(b.folderTwoThreads().questions());
    assertThat(b.jsonLinesOneThread(BH)).isEqualTo(Corpus.Size.SMALL.questions()).isEqualTo(b.jsonLinesTwoThreads(BH));
    // The ceiling reads the corpus twice, on one thread and on two.
    assertThat(b.ceilingOneThread(BH)).isEqualTo(2 * Corpus.Size.SMALL.questions()).isEqualTo(b.ceilingTwoThreads(BH));
    // Every benchmark of the class can be settled by name, as its fork's set-up does.
    for (java.lang.reflect.Method m : ParallelReadBenchmarks.class.getMethods()) {
      if (m.isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class)) {
        b.operation("ParallelReadBenchmarks." + m.getName(), BH);
      }
    }
    assertThatThrownBy(() -> b.operation("ParallelReadBenchmarks.nothing", BH)).isInstanceOf(IllegalArgumentException.class);
    b.tearDown();
  }
}
