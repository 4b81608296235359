package io.github.hindsight.gift;

import io.github.hindsight.gift.internal.GiftWriter;
import io.github.hindsight.spi.support.SimpleFormatProvider;

/**
 * A Moodle quiz made from each question (id {@code gift}, extension {@code .gift}): what became of
 * each aim, which side held it, which of two dated events came first and who wrote each
 * interpretation, as multiple-choice questions in Moodle's GIFT format, with the wrong answers
 * drawn from the same question. It is a one-way export: it has no reader. The same question gives
 * the same quiz every time, and each quiz question is titled {@code question-id/item-id/...}, so
 * that a quiz imported again is recognised.
 */
public final class GiftFormat extends SimpleFormatProvider {
  /** The format id. */
  public static final String ID = "gift";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public GiftFormat() {
    super(describe(ID, "Moodle quiz (GIFT)", "text/plain").extensions("gift").writer(new GiftWriter()));
  }
}
