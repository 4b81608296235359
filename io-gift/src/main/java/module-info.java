/** Hindsight GIFT: a question as a Moodle quiz, in Moodle's GIFT format. */
module io.github.hindsight.gift {
  requires transitive io.github.hindsight.model;
  requires static org.jspecify;

  exports io.github.hindsight.gift;

  provides io.github.hindsight.spi.FormatProvider with
      io.github.hindsight.gift.GiftFormat;
}
