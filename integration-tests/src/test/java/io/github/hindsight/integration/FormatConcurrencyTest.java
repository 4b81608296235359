package io.github.hindsight.integration;

import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** One reader and one writer of each format, shared by many threads, give what one thread gets. */
class FormatConcurrencyTest {

  private static List<Question> questions() {
    List<Question> out = new ArrayList<>(RandomQuestions.questions(500, 12));
    out.add(Samples.cubanMissileCrisis());
    return out;
  }

  @Test
  void writersFromManyThreads() {
    List<Callable<String>> tasks = new ArrayList<>();
    for (FormatProvider f : Formats.lossless()) {
      for (Question q : questions()) {
        tasks.add(() -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          f.writer().orElseThrow().writeQuestion(q, out);
          // Latin-1 maps each byte to one char, so equal strings mean equal bytes.
          return new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
        });
      }
    }
    Concurrently.sameAsOneThread(tasks, 4);
  }

  @Test
  void readersFromManyThreads() throws Exception {
    List<Callable<Question>> tasks = new ArrayList<>();
    for (FormatProvider f : Formats.lossless()) {
      for (Question q : questions()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.writer().orElseThrow().writeQuestion(q, out);
        byte[] doc = out.toByteArray();
        tasks.add(() -> f.reader().orElseThrow().readQuestion(new ByteArrayInputStream(doc), ReadOptions.named("q." + f.id())));
      }
    }
    Concurrently.sameAsOneThread(tasks, 4);
  }

  @Test
  void refusalsFromManyThreads() throws Exception {
    List<Callable<String>> tasks = new ArrayList<>();
    for (FormatProvider f : Formats.lossless()) {
      for (Question q : questions().subList(0, 4)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.writer().orElseThrow().writeQuestion(q, out);
        byte[] doc = Arrays.copyOf(out.toByteArray(), out.size() * 2 / 3);
        tasks.add(() -> {
          try {
            return "read " + f.reader().orElseThrow().readQuestion(new ByteArrayInputStream(doc), ReadOptions.named("cut." + f.id())).id();
          } catch (io.github.hindsight.spi.FormatException e) {
            return e.getMessage();
          }
        });
      }
    }
    Concurrently.sameAsOneThread(tasks, 4);
  }
}
