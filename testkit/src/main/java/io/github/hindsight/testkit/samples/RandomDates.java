package io.github.hindsight.testkit.samples;

import io.github.hindsight.model.HistoricalDate;
import java.util.SplittableRandom;

/**
 * Turns some of the generated dates into the wider forms: decades, centuries and ranges, with an
 * open start or end. It draws from a stream of its own, so every other part of a generated
 * question is the same as it was before these forms existed.
 */
final class RandomDates {
  private final SplittableRandom random;

  RandomDates(SplittableRandom random) {
    this.random = random;
  }

  /** @return the date as it is, or (one time in three) a decade, a century or a range around it */
  HistoricalDate widen(HistoricalDate date) {
    if (date.isBce() || random.nextInt(3) > 0) {
      return date;
    }
    int year = date.year();
    switch (random.nextInt(6)) {
      case 0:
        return HistoricalDate.ofDecade(year / 10 * 10).withCirca(random.nextInt(4) == 0);
      case 1:
        return HistoricalDate.ofCentury(year / 100 * 100);
      case 2:
        return HistoricalDate.until(date);
      case 3:
        return HistoricalDate.since(date);
      default:
        return HistoricalDate.range(date, HistoricalDate.ofYear(year + 1 + random.nextInt(20)));
    }
  }

  /** @return {@code knownFrom} as it is, or (one time in four) its decade, if {@code date} has passed by then */
  HistoricalDate later(HistoricalDate knownFrom, HistoricalDate date) {
    HistoricalDate decade = HistoricalDate.ofDecade(knownFrom.year() / 10 * 10);
    return random.nextInt(4) == 0 && date.isOnOrBefore(decade) ? decade : knownFrom;
  }
}
