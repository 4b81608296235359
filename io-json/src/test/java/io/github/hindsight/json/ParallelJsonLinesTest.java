package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A JSON Lines corpus read on several threads gives exactly what reading it in one gives: the
 * same bank, or the same problems in the same order with the same cap, and the same stream of
 * questions and failures.
 */
class ParallelJsonLinesTest {
  private static final FormatReader READER = Io.JSONL.reader().orElseThrow();

  /** One way to break a line, at a fraction of the corpus. */
  record Break(double at, String kind) {
    List<String> on(List<String> lines) {
      List<String> out = new ArrayList<>(lines);
      int i = Math.min(out.size(), (int) (at * out.size()));
      switch (kind) {
        case "cut" -> {
          if (i < out.size()) {
            out.set(i, out.get(i).substring(0, out.get(i).length() / 2));
          }
        }
        case "garbage" -> out.add(i, "not json at all");
        case "blank" -> out.add(i, "   ");
        case "unknown member" -> {
          if (i < out.size() && out.get(i).startsWith("{")) {
            out.set(i, "{\"unknownMember\":1," + out.get(i).substring(1));
          }
        }
        case "duplicate" -> {
          if (i < out.size()) {
            out.add(i, out.get(i));
          }
        }
        case "not utf-8" -> out.add(i, "{\"a\":\"\u0000\uFFFF\"}");
        // More broken lines than a report lists in full, to check the cap and its count.
        case "flood" -> out.addAll(i, java.util.Collections.nCopies(FormatException.MAX_PROBLEMS + 20, "{"));
        default -> throw new IllegalArgumentException(kind);
      }
      return out;
    }
  }

  @Provide
  Arbitrary<Break> breaks() {
    return Combinators.combine(Arbitraries.doubles().between(0, 1),
        Arbitraries.of("cut", "garbage", "blank", "unknown member", "duplicate", "not utf-8", "flood")).as(Break::new);
  }

  @Property(tries = 60)
  void aBankReadOnSeveralThreadsIsTheBankReadOnOne(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int questions,
      @ForAll @Size(max = 4) List<@net.jqwik.api.From("breaks") Break> breaks, @ForAll @IntRange(min = 2, max = 4) int threads,
      @ForAll boolean strict) throws IOException {
    byte[] corpus = corpus(seed, questions, breaks);
    Object sequential = readBank(corpus, options(1, strict));
    Statistics.label("read").collect(sequential instanceof List ? "problems" : "bank");
    assertThat(readBank(corpus, options(threads, strict))).isEqualTo(sequential);
  }

  @Property(tries = 60)
  void aStreamReadOnSeveralThreadsIsTheStreamReadOnOne(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int questions,
      @ForAll @Size(max = 4) List<@net.jqwik.api.From("breaks") Break> breaks, @ForAll @IntRange(min = 2, max = 4) int threads)
      throws IOException {
    byte[] corpus = corpus(seed, questions, breaks);
    List<Object> sequential = stream(corpus, options(1, true));
    Statistics.label("stream").collect(sequential.stream().anyMatch(List.class::isInstance) ? "with failures" : "questions only");
    assertThat(stream(corpus, options(threads, true))).isEqualTo(sequential);
  }

  static ReadOptions options(int threads, boolean strict) {
    return ReadOptions.builder().sourceName("corpus.jsonl").strict(strict).parallelism(threads).build();
  }

  static byte[] corpus(long seed, int questions, List<Break> breaks) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Io.JSONL.writer().orElseThrow().writeBank(RandomQuestions.bank(seed, questions), out);
    List<String> lines = new ArrayList<>(Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n", -1)));
    for (Break b : breaks) {
      lines = b.on(lines);
    }
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    // "not utf-8" lines: their two marker characters become an overlong encoding of NUL and a stray byte.
    return replace(bytes, "\u0000\uFFFF".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0x80, (byte) 0xFF, 0x20});
  }

  private static byte[] replace(byte[] in, byte[] what, byte[] with) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < in.length; i++) {
      if (i + what.length <= in.length && Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
        out.write(with, 0, with.length);
        i += what.length - 1;
      } else {
        out.write(in[i]);
      }
    }
    return out.toByteArray();
  }

  /** The bank, or the problems and warnings of the failure: what a caller can see. */
  static Object readBank(byte[] corpus, ReadOptions options) throws IOException {
    try {
      return READER.readBank(new ByteArrayInputStream(corpus), options);
    } catch (FormatException e) {
      return List.of(e.getMessage(), e.problems(), e.warnings());
    }
  }

  /** Every question and every failure the stream gives, in order. */
  static List<Object> stream(byte[] corpus, ReadOptions options) throws IOException {
    List<Object> seen = new ArrayList<>();
    try (QuestionStream s = READER.streamQuestions(new ByteArrayInputStream(corpus), options)) {
      while (true) {
        try {
          if (!s.hasNext()) {
            break;
          }
          seen.add(s.next());
        } catch (FormatException e) {
          seen.add(e.problems());
        }
      }
    }
    return seen;
  }
}
