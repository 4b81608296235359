package io.github.hindsight.html;

import io.github.hindsight.html.internal.HtmlWriter;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.spi.support.SimpleFormatProvider;
import java.util.function.Supplier;

/**
 * A question as a page to read, print or publish (id {@code html}, extension {@code .html}): one
 * self-contained HTML page with the question, its aims, a timeline, the analysis for its kind, at
 * the time against with hindsight, the sensitivity, the interpretations and a diagram (see
 * {@link HtmlPage}). A one-way export: it has no reader, and it shows rather than keeps, so it is
 * not lossless. Several questions go into one page; {@link HtmlSite} writes a folder with a page
 * per question and per topic.
 */
public final class HtmlFormat extends SimpleFormatProvider {
  /** The format id. */
  public static final String ID = "html";

  /**
   * Creates the provider, judging with {@link Judge#standard()}; {@link java.util.ServiceLoader}
   * calls this. The judge is made when the first page is written, not here: finding its custom
   * criteria scans the class path, which every command that merely lists the formats would pay.
   */
  public HtmlFormat() {
    super(describe(ID, "HTML page", "text/html").extensions("html", "htm").writer(new HtmlWriter(new StandardJudge())));
  }

  /** The standard judge, made on first use, then shared by every provider made by {@link java.util.ServiceLoader}. */
  private static final class StandardJudge implements Supplier<Judge> {
    @Override
    public Judge get() {
      return Holder.JUDGE;
    }
  }

  private static final class Holder {
    private static final Judge JUDGE = Judge.standard();
  }
}
