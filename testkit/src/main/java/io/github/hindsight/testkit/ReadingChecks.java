package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The checks of reading bad input, broken, empty and damaged documents, and of {@code null}
 * arguments to every method.
 */
final class ReadingChecks extends Checks {
  private static final int DAMAGED_DOCUMENTS = 60;

  ReadingChecks(FormatContractTest test) {
    super(test);
  }

  void reportsBrokenDocumentsWithTheirLocation() throws IOException {
    FormatReader reader = reader();
    List<BrokenDocument> documents = brokenDocuments();
    assertThat(documents).as("brokenDocuments(): a format that reads must supply at least one broken document").isNotEmpty();
    for (BrokenDocument document : documents) {
      ReadOptions options = ReadOptions.named(document.name());
      FormatException e = expectFormatException(() -> reader.readQuestion(new Tracking.Input(document.content()), options),
          "readQuestion of " + document);
      assertLocated(e, document);
      if (document.hasExpectedLocation()) {
        assertThat(e.problems()).as("problems of %s", document).anySatisfy(p ->
            assertThat(document.expects(p.location())).as("%s is where %s expects it", p.location(), document).isTrue());
      }
      assertLocated(expectFormatException(() -> reader.readBank(new Tracking.Input(document.content()), options),
          "readBank of " + document), document);
      assertLocated(expectFormatException(() -> readStream(document.content(), document.name()),
          "streamQuestions of " + document), document);
    }
  }

  void refusesAnEmptyDocument() throws IOException {
    FormatReader reader = reader();
    BrokenDocument empty = BrokenDocument.of("empty-document", new byte[0]);
    assertLocated(expectFormatException(() -> reader.readQuestion(new Tracking.Input(new byte[0]), ReadOptions.named("empty-document")),
        "readQuestion of an empty document"), empty);
  }

  void answersDamagedDocumentsOnlyWithFormatException() throws IOException {
    FormatReader reader = reader();
    List<byte[]> originals = new ArrayList<>();
    if (format().writer().isPresent() && format().writer().get().isLossless()) {
      for (Question question : holdableQuestions()) {
        originals.add(bytesOf(question));
      }
    }
    brokenDocuments().forEach(d -> originals.add(d.content()));
    assumeTrue(!originals.isEmpty(), "no document to damage");
    Random random = new Random(1962);
    byte[] punctuation = "{}[]\"':,#*|<>-\n\t \\".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int i = 0; i < DAMAGED_DOCUMENTS; i++) {
      byte[] original = originals.get(i % originals.size());
      byte[] damaged = damage(original, random, punctuation);
      String name = "damaged-" + i;
      try {
        Question read = reader.readQuestion(new Tracking.Input(damaged), ReadOptions.named(name));
        assertThat(read.validate().isValid()).as("question read from %s is valid: %s", name, read.validate()).isTrue();
      } catch (FormatException e) {
        assertLocated(e, BrokenDocument.of(name, damaged));
      } catch (RuntimeException | IOException e) {
        throw new AssertionError("reading damaged document " + name + " threw " + e + " instead of a FormatException; document:\n"
            + text(damaged), e);
      }
    }
  }

  private static byte[] damage(byte[] original, Random random, byte[] punctuation) {
    if (original.length == 0) {
      return new byte[] {punctuation[random.nextInt(punctuation.length)]};
    }
    int at = random.nextInt(original.length);
    int length = 1 + random.nextInt(Math.min(40, original.length - at));
    switch (random.nextInt(4)) {
      case 0: {
        byte[] cut = new byte[original.length - length];
        System.arraycopy(original, 0, cut, 0, at);
        System.arraycopy(original, at + length, cut, at, original.length - at - length);
        return cut;
      }
      case 1: {
        byte[] repeated = new byte[original.length + length];
        System.arraycopy(original, 0, repeated, 0, at + length);
        System.arraycopy(original, at, repeated, at + length, original.length - at);
        return repeated;
      }
      case 2:
        return Arrays.copyOf(original, at);
      default: {
        byte[] replaced = original.clone();
        for (int i = at; i < at + Math.min(length, 3); i++) {
          replaced[i] = punctuation[random.nextInt(punctuation.length)];
        }
        return replaced;
      }
    }
  }

  void refusesNullArguments() throws IOException {
    FormatProvider format = format();
    if (format.reader().isPresent()) {
      FormatReader reader = format.reader().get();
      Map<String, Reading> readings = new LinkedHashMap<>();
      readings.put("readQuestion", reader::readQuestion);
      readings.put("readBank", reader::readBank);
      readings.put("streamQuestions", reader::streamQuestions);
      readings.put("readBankPart", reader::readBankPart);
      readings.forEach((method, reading) -> {
        Tracking.Input in = new Tracking.Input("a document".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertRefusesNull(() -> reading.read(null, ReadOptions.named("null-in")), method, "in");
        assertRefusesNull(() -> reading.read(in, null), method, "options");
        assertThat(in.consumed()).as("bytes %s read before refusing null options", method).isZero();
      });
    }
    if (format.writer().isPresent()) {
      FormatWriter writer = format.writer().get();
      Question question = holdableQuestions().get(0);
      QuestionBank bank = holdableBank();
      Tracking.Output out = new Tracking.Output();
      assertRefusesNull(() -> writer.writeQuestion(null, out), "writeQuestion", "question");
      assertRefusesNull(() -> writer.writeQuestion(question, null), "writeQuestion", "out");
      assertRefusesNull(() -> writer.writeBank(null, out), "writeBank", "bank");
      assertRefusesNull(() -> writer.writeBank(bank, null), "writeBank", "out");
      assertRefusesNull(() -> writer.openSink(null), "openSink", "out");
      assertThat(out.size()).as("bytes written before refusing null").isZero();
      try (QuestionSink sink = writer.openSink(out)) {
        int before = out.size();
        assertRefusesNull(() -> sink.write(null), "a sink's write", "question");
        assertThat(out.size()).as("bytes a sink wrote before refusing null").isEqualTo(before);
      }
    }
  }

  /** A method of a reader, with its arguments. */
  private interface Reading {
    Object read(InputStream in, ReadOptions options) throws IOException;
  }

  private static void assertRefusesNull(Read call, String method, String parameter) {
    String what = method + " given null for '" + parameter + "'";
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).as("%s; expected a NullPointerException naming it", what).isInstanceOf(NullPointerException.class);
    String message = thrown.getMessage();
    assertThat(message != null && !NullArguments.HELPFUL_MESSAGE.matcher(message).matches() && message.contains(parameter))
        .as("%s threw %s; expected it refused at once, as Objects.requireNonNull(%s, \"%s\") does", what, thrown, parameter, parameter)
        .isTrue();
  }
}
