package io.github.hindsight.benchmarks;

import io.github.hindsight.json.JsonFormat;
import io.github.hindsight.json.JsonLinesFormat;
import io.github.hindsight.json.internal.Json;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON and JSON Lines formats beside bare Jackson on the same bytes: a token scan and data
 * binding into plain records for reading, a streaming write of the same tokens for writing, and
 * a parser-to-generator copy for JSON Lines.
 */
@State(Scope.Benchmark)
public class JsonBenchmarks {
  /** The corpus size. */
  @Param({"small"})
  public String size;

  private final FormatProvider json = new JsonFormat();
  private final FormatProvider jsonl = new JsonLinesFormat();
  /** Bare Jackson: none of the limits or duplicate detection the format adds. */
  private final JsonFactory bare = new JsonFactory();
  private final JsonMapper mapper = JsonMapper.builder().build();
  private final CountingOutput out = new CountingOutput();

  private List<Question> questions;
  private byte[] jsonBytes;
  private byte[] jsonlBytes;
  private JsonToken[] tokens;
  private String[] texts;

  /**
   * Loads the corpus and its documents, and records the tokens of the JSON document for the
   * streaming-write floor.
   *
   * @throws IOException if the corpus cannot be written or read
   */
  public void setUp() throws IOException {
    Corpus.Size s = Corpus.Size.valueOf(size.toUpperCase(Locale.ROOT));
    questions = Corpus.questions(s);
    jsonBytes = Corpus.bytes(Corpus.document(s, JsonFormat.ID, json.writer().orElseThrow()));
    jsonlBytes = Corpus.bytes(Corpus.document(s, JsonLinesFormat.ID, jsonl.writer().orElseThrow()));
    List<JsonToken> t = new ArrayList<>();
    List<String> x = new ArrayList<>();
    try (JsonParser p = bare.createParser(ObjectReadContext.empty(), jsonBytes)) {
      for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
        t.add(token);
        x.add(token.isScalarValue() || token == JsonToken.PROPERTY_NAME ? p.getString() : null);
      }
    }
    tokens = t.toArray(new JsonToken[0]);
    texts = x.toArray(new String[0]);
  }

  /**
   * Loads the corpus, then, for the benchmarks that settle ({@link Settings#settles}), runs the
   * fork's benchmark until the compiler is quiet: the reader, and data binding, reach more code
   * than JMH's warm-up leaves the compiler time for on a slow machine.
   *
   * @param params the fork's benchmark
   * @throws Exception if the corpus cannot be written or read, or the benchmark fails
   */
  @Setup
  public void setUp(BenchmarkParams params) throws Exception {
    setUp();
    CompilerQuiet.settleForkIfItSettles(params, (method, bh) -> switch (method) {
      case "hindsightRead" -> () -> hindsightRead(bh);
      case "floorDataBind" -> () -> bh.consume(floorDataBind());
      case "hindsightJsonLinesCopy" -> () -> bh.consume(hindsightJsonLinesCopy());
      default -> throw new IllegalArgumentException("no operation to settle for " + method);
    });
  }

  /**
   * Reads the JSON document into validated questions.
   *
   * @param bh takes each question
   * @return how many were read
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  public int hindsightRead(Blackhole bh) throws IOException {
    return Drain.questions(json, jsonBytes, bh);
  }

  /** @return the same bytes bound by Jackson to plain records, nothing checked */
  @Benchmark
  public Object floorDataBind() {
    return mapper.readValue(jsonBytes, JsonRecords.Bank.class);
  }

  /**
   * The same bytes as tokens, each string decoded: the least any reader of them must do.
   *
   * @param bh takes each string
   * @return how many tokens there were
   */
  @Benchmark
  public int floorTokenScan(Blackhole bh) {
    int n = 0;
    try (JsonParser p = bare.createParser(ObjectReadContext.empty(), jsonBytes)) {
      for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
          bh.consume(p.getString());
        }
        n++;
      }
    }
    return n;
  }

  /**
   * Writes the corpus as one JSON document.
   *
   * @return how many bytes were written
   * @throws IOException never, the bytes are counted and dropped
   */
  @Benchmark
  public long hindsightWrite() throws IOException {
    Corpus.write(questions.iterator(), json.writer().orElseThrow(), out.reset());
    return out.count();
  }

  /** @return how many bytes the same tokens take when written bare, with the same layout */
  @Benchmark
  public long floorStreamingWrite() {
    try (JsonGenerator g = bare.createGenerator(Json.pretty(), out.reset(), JsonEncoding.UTF8)) {
      replay(g);
    }
    return out.count();
  }

  /** Writes the recorded tokens; the same calls a writer that knew the document would make. */
  void replay(JsonGenerator g) {
    for (int i = 0; i < tokens.length; i++) {
      switch (tokens[i]) {
        case START_OBJECT -> g.writeStartObject();
        case END_OBJECT -> g.writeEndObject();
        case START_ARRAY -> g.writeStartArray();
        case END_ARRAY -> g.writeEndArray();
        case PROPERTY_NAME -> g.writeName(texts[i]);
        case VALUE_STRING -> g.writeString(texts[i]);
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(texts[i]);
        case VALUE_TRUE -> g.writeBoolean(true);
        case VALUE_FALSE -> g.writeBoolean(false);
        case VALUE_NULL -> g.writeNull();
        default -> throw new IllegalStateException("unexpected token " + tokens[i]);
      }
    }
    g.writeRaw('\n');
  }

  /**
   * Streams the JSON Lines corpus through the format, read then written, a question at a time.
   *
   * @return how many bytes were written
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  public long hindsightJsonLinesCopy() throws IOException {
    try (QuestionStream in = jsonl.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(jsonlBytes), ReadOptions.defaults());
        QuestionSink sink = jsonl.writer().orElseThrow().openSink(out.reset())) {
      while (in.hasNext()) {
        sink.write(in.next());
      }
    }
    return out.count();
  }

  /** @return how many bytes a bare parser-to-generator copy of the same lines writes */
  @Benchmark
  public long floorJsonLinesCopy() {
    try (JsonParser p = bare.createParser(ObjectReadContext.empty(), jsonlBytes);
        JsonGenerator g = bare.createGenerator(ObjectWriteContext.empty(), out.reset(), JsonEncoding.UTF8)) {
      while (p.nextToken() != null) {
        g.copyCurrentStructure(p);
        g.writeRaw('\n');
      }
    }
    return out.count();
  }

  /** @return the corpus's JSON document, for tests */
  byte[] jsonBytes() {
    return jsonBytes;
  }
}
