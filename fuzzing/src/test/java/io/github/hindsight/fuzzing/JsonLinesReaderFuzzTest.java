package io.github.hindsight.fuzzing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/** Any bytes given to the {@code jsonl} reader. */
class JsonLinesReaderFuzzTest {
  @FuzzTest
  void read(byte[] document) throws IOException {
    ReaderFuzzing.read("jsonl", document);
  }
}
