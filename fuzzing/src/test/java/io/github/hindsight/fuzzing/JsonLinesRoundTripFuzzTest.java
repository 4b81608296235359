package io.github.hindsight.fuzzing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/** What the {@code jsonl} reader accepts, through every lossless writer and back. */
class JsonLinesRoundTripFuzzTest {
  @FuzzTest
  void roundTrip(byte[] document) throws IOException {
    ReaderFuzzing.roundTrip("jsonl", document);
  }
}
