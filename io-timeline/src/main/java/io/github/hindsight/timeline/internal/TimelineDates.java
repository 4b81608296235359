package io.github.hindsight.timeline.internal;

import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.HistoricalDate.Precision;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Hindsight's dates as TimelineJS dates. A date known to the day gives {@code year}, {@code month}
 * and {@code day}; to the month, {@code year} and {@code month}; to the year, {@code year} alone.
 * A decade or a century starts at its first year and ends at its last; a range starts where its
 * start starts and ends where its end ends; a range open at one end is placed at the end it has.
 * Every event also says its date in words ({@code display_date}), as Hindsight means it:
 * {@code c. 1500}, {@code 1960s}, {@code 1900–1999}, {@code 1919 – 1920}, {@code until 1961}.
 */
final class TimelineDates {
  /** The first and last years of TimelineJS's human scale; beyond them, it needs the cosmological one. */
  static final int HUMAN_FIRST = -271820;
  static final int HUMAN_LAST = 275759;

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  /** Orders the first days of spans, an unknown month or day counting as the first. */
  static final Comparator<Day> EARLIEST = Comparator.comparingInt(Day::year)
      .thenComparingInt(d -> d.month() == 0 ? 1 : d.month()).thenComparingInt(d -> d.day() == 0 ? 1 : d.day());

  /** Orders the last days of spans, an unknown month or day counting as the last. */
  static final Comparator<Day> LATEST = Comparator.comparingInt(Day::year)
      .thenComparingInt(d -> d.month() == 0 ? 12 : d.month()).thenComparingInt(d -> d.day() == 0 ? 31 : d.day());

  private TimelineDates() {}

  /** A TimelineJS date: a signed year, and a month and a day, each 0 when not known. */
  record Day(int year, int month, int day) {
    /** @return the TimelineJS date object */
    Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("year", year);
      if (month > 0) {
        json.put("month", month);
      }
      if (day > 0) {
        json.put("day", day);
      }
      return json;
    }
  }

  /** Where an event lies: its first day and, when it lasts longer than its first date says, its last. */
  record Span(Day first, Optional<Day> last, String words) {
    /** @return the last day, which is the first when the span has no end of its own */
    Day end() {
      return last.orElse(first);
    }

    /** @return whether a year lies outside TimelineJS's human scale */
    boolean cosmological() {
      return outside(first.year()) || outside(end().year());
    }

    private static boolean outside(int year) {
      return year < HUMAN_FIRST || year > HUMAN_LAST;
    }
  }

  /**
   * @param date a date
   * @return where TimelineJS places it, and its words
   */
  static Span span(HistoricalDate date) {
    if (!date.isRange()) {
      Optional<Day> last = date.precision() == Precision.DECADE || date.precision() == Precision.CENTURY
          ? Optional.of(lastDay(date)) : Optional.empty();
      return new Span(firstDay(date), last, words(date));
    }
    Optional<HistoricalDate> start = date.start();
    Optional<HistoricalDate> end = date.end();
    if (start.isEmpty()) {
      HistoricalDate e = end.orElseThrow();
      return new Span(firstDay(e), Optional.of(lastDay(e)).filter(d -> !d.equals(firstDay(e))), "until " + words(e));
    }
    HistoricalDate s = start.get();
    if (end.isEmpty()) {
      return new Span(firstDay(s), Optional.of(lastDay(s)).filter(d -> !d.equals(firstDay(s))), "from " + words(s));
    }
    return new Span(firstDay(s), Optional.of(lastDay(end.get())), words(s) + " – " + words(end.get()));
  }

  private static Day firstDay(HistoricalDate single) {
    return new Day(firstYear(single), single.month().orElse(0), single.day().orElse(0));
  }

  private static Day lastDay(HistoricalDate single) {
    return new Day(lastYear(single), single.month().orElse(0), single.day().orElse(0));
  }

  /** The number of years a single date covers: a century 100, a decade 10, any other 1. */
  private static int years(HistoricalDate single) {
    return switch (single.precision()) {
      case CENTURY -> 100;
      case DECADE -> 10;
      default -> 1;
    };
  }

  private static int firstYear(HistoricalDate single) {
    int year = single.year();
    return year > 0 ? year : year - years(single) + 1;
  }

  private static int lastYear(HistoricalDate single) {
    int year = single.year();
    return year > 0 ? year + years(single) - 1 : year;
  }

  /**
   * @param single a date that is not a range
   * @return it in words: {@code 28 October 1962}, {@code October 1962}, {@code c. 1500},
   *     {@code 44 BCE}, {@code 1960s}, {@code 1900–1999}
   */
  private static String words(HistoricalDate single) {
    String circa = single.isCirca() ? "c. " : "";
    String era = single.isBce() ? " BCE" : "";
    int year = Math.abs(single.year());
    String text = switch (single.precision()) {
      case CENTURY -> Math.abs(firstYear(single)) + "–" + Math.abs(lastYear(single));
      case DECADE -> year + "s";
      case YEAR -> Integer.toString(year);
      case MONTH -> MONTHS[single.month().orElseThrow() - 1] + " " + year;
      case DAY -> single.day().orElseThrow() + " " + MONTHS[single.month().orElseThrow() - 1] + " " + year;
    };
    return circa + text + era;
  }
}
