package io.github.hindsight.spi;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.support.BankPart;
import io.github.hindsight.spi.support.Locator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads questions from a stream of bytes. Implementations are thread-safe; the stream is owned
 * by the caller, who closes it.
 *
 * <p>Problems with the content are reported in one {@link FormatException} carrying every problem
 * found, each with a {@link Location} in the document named by {@link ReadOptions#sourceName()}.
 * What the content means must also pass {@code validate()} of the model; its problems are
 * reported in the same exception. Failures to read bytes are {@link IOException}s.
 *
 * <p>Every method refuses a {@code null} argument at once, before reading a byte, with a
 * {@link NullPointerException} whose message names the parameter, as
 * {@code Objects.requireNonNull(in, "in")} and {@code Objects.requireNonNull(options, "options")}
 * do.
 */
public interface FormatReader {

  /**
   * Reads one question.
   *
   * @param in the document
   * @param options the source name for locations, and strict or lenient reading
   * @return the question, valid
   * @throws FormatException with every problem found
   * @throws IOException if the bytes cannot be read
   */
  Question readQuestion(InputStream in, ReadOptions options) throws IOException;

  /**
   * Reads a bank of questions and topics.
   *
   * @param in the document
   * @param options the source name for locations, and strict or lenient reading
   * @return the bank, valid
   * @throws FormatException with every problem found
   * @throws IOException if the bytes cannot be read
   */
  QuestionBank readBank(InputStream in, ReadOptions options) throws IOException;

  /**
   * Reads a document as one part of a bank that may be spread over several documents, such as the
   * files of a folder: its questions and topics, each valid on its own, and where each was read.
   * {@link io.github.hindsight.spi.support.BankAssembler} then checks ids and links across the
   * parts and locates every problem, warnings included, through the part's
   * {@link BankPart#locator() locator}. The facade reads every bank this way, a single file too.
   *
   * <p>The default reads the document with {@link #readBank}, which checks the links within it
   * when {@link ReadOptions#checkLinks()} says so, and locates paths by pointer alone, as in
   * {@code bank.tiny (/questions/0/actors/2)}. A reader that knows where it read each value
   * should override this to give lines and columns, and leave the checks of ids and links to the
   * assembler; its {@code readBank} can then be
   * {@code new BankAssembler().checkLinks(options.checkLinks()).add(readBankPart(in, options)).assembleBank()},
   * so that both report alike.
   *
   * @param in the document
   * @param options the source name for locations, and strict or lenient reading
   * @return the part
   * @throws FormatException with every problem found in the document
   * @throws IOException if the bytes cannot be read
   */
  default BankPart readBankPart(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    QuestionBank bank = readBank(in, options);
    return new BankPart(options.sourceName(), bank.questions(), bank.topics(), Locator.pointers(options.sourceName()));
  }

  /**
   * Reads the questions of a document one at a time, so that a large corpus need not sit in
   * memory. Each question is validated on its own as it is read; topics, if the document has
   * any, are skipped. A problem with one question is thrown as a {@link FormatException} from
   * {@link QuestionStream#next()}.
   *
   * @param in the document; closing the returned stream does not close it
   * @param options the source name for locations, and strict or lenient reading
   * @return the questions, in document order
   * @throws IOException if the bytes cannot be read
   */
  QuestionStream streamQuestions(InputStream in, ReadOptions options) throws IOException;
}
