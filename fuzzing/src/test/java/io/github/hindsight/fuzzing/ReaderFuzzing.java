package io.github.hindsight.fuzzing;

import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import java.io.IOException;
import java.util.List;

/** The two fuzz targets that every reader gets, one test class for each, named by format id. */
final class ReaderFuzzing {
  private ReaderFuzzing() {}

  /**
   * Any bytes, read as a question, as a bank and as a stream, strict and lenient.
   *
   * @param formatId the reader's format
   * @param document the bytes
   */
  static void read(String formatId, byte[] document) throws IOException {
    Reads.everyWay(Formats.reader(formatId), document);
  }

  /**
   * What the reader accepts from any bytes, written by every lossless format and read back: a
   * question and a bank read strictly go through every lossless format, a question read
   * leniently (which may keep what only its own format holds) through its own, and the questions
   * of a stream through every lossless format's sink.
   *
   * @param formatId the reader's format
   * @param document the bytes
   */
  static void roundTrip(String formatId, byte[] document) throws IOException {
    FormatProvider own = Formats.format(formatId);
    FormatReader reader = Formats.reader(formatId);
    List<FormatProvider> lossless = Formats.lossless();
    var strictQuestion = Reads.question(reader, document, true);
    var bank = Reads.bank(reader, document, true);
    List<Question> streamed = Reads.stream(reader, document, true);
    for (FormatProvider format : lossless) {
      if (strictQuestion.isPresent()) {
        RoundTrips.question(strictQuestion.get(), format, true);
      }
      if (bank.isPresent()) {
        RoundTrips.bank(bank.get(), format);
      }
      RoundTrips.stream(streamed, format);
    }
    if (lossless.contains(own)) {
      var lenientQuestion = Reads.question(reader, document, false);
      if (lenientQuestion.isPresent()) {
        RoundTrips.question(lenientQuestion.get(), own, false);
      }
    }
  }
}
