package io.github.hindsight.gift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.testkit.FormatContractTest;
import io.github.hindsight.testkit.WrittenDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GIFT export meets the SDK's contract for one-way formats, and every document it writes, by
 * every path, is read by the real {@code gift-pegjs} parser with the model's right answers.
 */
class GiftFormatContractTest extends FormatContractTest {
  @Override
  protected FormatProvider format() {
    return new GiftFormat();
  }

  /** Needs the real parser: skipped without it, except in continuous integration, where it fails. */
  @Test
  @Override
  public void writtenDocumentsHaveTheirStructure() throws Exception {
    GiftParser.assumeAvailable();
    super.writtenDocumentsHaveTheirStructure();
  }

  @Override
  protected void checkStructure(WrittenDocument document) throws Exception {
    assertThat(document.text()).startsWith("// ");
    List<GiftParser.Parsed> parsed = GiftParser.parse(document.text());
    assertThat(parsed).as("questions the parser read").hasSize(countTitles(document.text()) + 1 + document.questions().size());
    ModelAnswers.check(parsed, document.questions());
  }

  /** Every quiz question is one line starting with its title. */
  private static int countTitles(String text) {
    return (int) text.lines().filter(l -> l.startsWith("::")).count();
  }
}
