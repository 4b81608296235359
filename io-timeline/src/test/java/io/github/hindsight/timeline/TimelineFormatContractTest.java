package io.github.hindsight.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.testkit.FormatContractTest;
import io.github.hindsight.testkit.WrittenDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The TimelineJS export meets the SDK's contract for one-way formats, and every document it
 * writes, by every path, is loaded by TimelineJS itself in headless Chromium without an error,
 * with one slide per event and the model's headlines.
 */
class TimelineFormatContractTest extends FormatContractTest {
  private static TimelineBrowser browser;

  @Override
  protected FormatProvider format() {
    return new TimelineFormat();
  }

  @AfterAll
  static void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** Needs TimelineJS and Chromium: skipped without them, except in continuous integration, where it fails. */
  @Test
  @Override
  public void writtenDocumentsHaveTheirStructure() throws Exception {
    if (browser == null) {
      browser = TimelineBrowser.start();
    }
    super.writtenDocumentsHaveTheirStructure();
  }

  @Override
  protected void checkStructure(WrittenDocument document) throws Exception {
    assertThat(document.text()).startsWith("{\n").endsWith("}\n");
    ModelEvents.check(browser.render(document.text()), document.questions());
  }
}
