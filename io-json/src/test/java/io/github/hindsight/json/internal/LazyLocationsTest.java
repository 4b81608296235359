package io.github.hindsight.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.json.JsonFormat;
import io.github.hindsight.json.JsonLinesFormat;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The readers find a value's JSON pointer when a problem asks for it, from where the value stood
 * in the object around it; before, they built the pointer of every object and id as it was read.
 * Damaged documents give the same problems, at the same lines, columns and pointers, in the same
 * order, both ways, and sound ones the same questions.
 */
class LazyLocationsTest {
  private static final FormatProvider JSON = new JsonFormat();
  private static final FormatProvider JSONL = new JsonLinesFormat();
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  /** What a string of the document may become: a bad id, an unknown reference, bad text, another type, an unknown member. */
  private static final String[] DAMAGE = {"\"Not An Id\"", "\"nobody\"", "\" padded\"", "42", "null", "{}", "[\"x\"]", "\"colour\"",
      "\"format\"", "\"id\""};

  /** One damage: which string of the document, and what it becomes (or, past the list, a copy of another string, or a cut). */
  record Edit(int string, int kind, int other) {}

  @Property(tries = 150)
  void damagedQuestionDocumentsGiveTheSameProblemsBothWays(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int size,
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 100_000) Integer> edits, @ForAll boolean strict) {
    Question q = RandomQuestions.question(seed, size);
    String doc = damage(written(out -> JSON.writer().orElseThrow().writeQuestion(q, out)), edits);
    ReadOptions options = ReadOptions.builder().sourceName("q.json").strict(strict).build();
    assertSameBothWays(() -> outcome(() -> JSON.reader().orElseThrow().readQuestion(in(doc), options)));
    assertSameBothWays(() -> outcome(() -> JSON.reader().orElseThrow().readBank(in(doc), options)));
    assertSameBothWays(() -> streamed(JSON, doc, options));
  }

  @Property(tries = 60)
  void damagedBanksGiveTheSameProblemsBothWays(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int count,
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 100_000) Integer> edits, @ForAll boolean strict) {
    QuestionBank bank = RandomQuestions.bank(seed, count);
    ReadOptions options = ReadOptions.builder().sourceName("bank.json").strict(strict).build();
    String json = damage(written(out -> JSON.writer().orElseThrow().writeBank(bank, out)), edits);
    assertSameBothWays(() -> outcome(() -> JSON.reader().orElseThrow().readBank(in(json), options)));
    assertSameBothWays(() -> streamed(JSON, json, options));
    String jsonl = damage(written(out -> JSONL.writer().orElseThrow().writeBank(bank, out)), edits);
    assertSameBothWays(() -> outcome(() -> JSONL.reader().orElseThrow().readBank(in(jsonl), options)));
    assertSameBothWays(() -> streamed(JSONL, jsonl, options));
  }

  /** Reads the same way with every pointer built at once, then with pointers built when asked for. */
  private static void assertSameBothWays(Read read) {
    Object eager;
    Locations.eager = true;
    try {
      eager = read.run();
    } finally {
      Locations.eager = false;
    }
    assertThat(read.run()).isEqualTo(eager);
  }

  @FunctionalInterface
  private interface Read {
    Object run();
  }

  @FunctionalInterface
  private interface Io {
    Object run() throws IOException;
  }

  /** The value read, or each problem with where it is, as text. */
  private static Object outcome(Io read) {
    try {
      return read.run();
    } catch (FormatException e) {
      return problems(e);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> problems(FormatException e) {
    List<String> out = new ArrayList<>();
    for (FormatProblem p : e.problems()) {
      out.add(p.location() + " " + p.message());
    }
    out.add(e.getMessage());
    return out;
  }

  /** Every question of a stream, or the problems in its place. */
  private static Object streamed(FormatProvider f, String doc, ReadOptions options) {
    List<Object> out = new ArrayList<>();
    try (QuestionStream s = f.reader().orElseThrow().streamQuestions(in(doc), options)) {
      // A stream either moves on or ends after a problem; a bound keeps a wrong one from looping.
      for (int i = 0; i < 1000; i++) {
        try {
          if (!s.hasNext()) {
            break;
          }
          Question q = s.next();
          out.add(q);
        } catch (FormatException e) {
          out.add(problems(e));
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  /** Applies edits, each a number read as which string, what it becomes and, for a copy, from where. */
  static String damage(String doc, List<Integer> edits) {
    String d = doc;
    for (int edit : edits) {
      List<int[]> strings = new ArrayList<>();
      Matcher m = STRING.matcher(d);
      while (m.find()) {
        strings.add(new int[] {m.start(), m.end()});
      }
      if (strings.isEmpty()) {
        return d;
      }
      int[] at = strings.get(edit % strings.size());
      int kind = (edit / 7) % (DAMAGE.length + 2);
      String replacement;
      if (kind < DAMAGE.length) {
        replacement = DAMAGE[kind];
      } else if (kind == DAMAGE.length) {
        int[] other = strings.get((edit / 131) % strings.size());
        replacement = d.substring(other[0], other[1]);
      } else {
        // A cut: the document ends where the string starts.
        return d.substring(0, at[0]);
      }
      d = d.substring(0, at[0]) + replacement + d.substring(at[1]);
    }
    return d;
  }

  private static InputStream in(String doc) {
    return new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8));
  }

  @FunctionalInterface
  private interface Writing {
    void to(ByteArrayOutputStream out) throws IOException;
  }

  /** What a writer writes, as text. */
  private static String written(Writing w) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      w.to(out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
