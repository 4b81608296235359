package io.github.hindsight.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A date as historians write it: a day, a month, a year, a decade or a century, possibly
 * approximate ("circa") and possibly before the common era; or a range between two such dates,
 * either end of which may be open.
 *
 * <p>The text form of a single date is {@code [c. ]YEAR[-MM[-DD]][ BCE]}, or a decade or a
 * century with the unknown digits written {@code X} as in EDTF, the Library of Congress Extended
 * Date/Time Format: {@code 1962-10-28}, {@code 1962-10}, {@code 1964}, {@code c. 1500},
 * {@code 44 BCE}, {@code 199X} (the 1990s), {@code 19XX} (the years 1900 to 1999). A range is two
 * single dates joined by {@code /}, an open end written {@code ..}: {@code 1919/1920},
 * {@code 1950-10/1950-11}, {@code ../1961} (until 1961), {@code 1961/..} (from 1961 on). Years
 * are written without leading zeros; there is no year zero. {@link #parse(String)} and
 * {@link #toString()} are inverse to each other.
 *
 * <p>Every date covers a span of days, from the first day it can denote to the last. Dates are
 * ordered by their first day, then the wider span first (a century before a decade before a year
 * before a month before a day), then a single date before a range, then exact before
 * approximate; ranges with the same span by their start, then their end.
 * {@link #isOnOrBefore(HistoricalDate)} is the one rule for whether a date has passed by another.
 */
public final class HistoricalDate implements Comparable<HistoricalDate> {

  /** How much of a date is known. */
  public enum Precision {
    /** Only the century is known: {@code 19XX}. */
    CENTURY,
    /** Only the decade is known: {@code 199X}. */
    DECADE,
    /** Only the year is known. */
    YEAR,
    /** The year and the month are known. */
    MONTH,
    /** The year, month and day are known. */
    DAY
  }

  private static final String FORMS = "expected [c. ]YEAR[-MM[-DD]][ BCE], a decade such as 199X, a century such as 19XX,"
      + " or a range such as 1919/1920 or ../1961; for example 1962-10-28, 1964, c. 1500 or 44 BCE";

  /** The start, or null when a range's start is open. */
  private final @Nullable DatePoint start;
  /** The end, or null when a range's end is open; the same as the start for a single date. */
  private final @Nullable DatePoint end;
  private final boolean range;

  private HistoricalDate(@Nullable DatePoint start, @Nullable DatePoint end, boolean range) {
    this.start = start;
    this.end = end;
    this.range = range;
  }

  private static HistoricalDate point(DatePoint p) {
    return new HistoricalDate(p, p, false);
  }

  /**
   * A year of the common era, or before it when negative ({@code -44} is 44 BCE).
   *
   * @param year the year, not zero
   * @return the date
   */
  public static HistoricalDate ofYear(int year) {
    return point(new DatePoint(year, 0, 0, Precision.YEAR, false));
  }

  /**
   * A decade, named by its year that ends in zero: {@code ofDecade(1990)} is the 1990s,
   * {@code ofDecade(-440)} the years 449 to 440 BCE.
   *
   * @param year a multiple of ten, not zero
   * @return the date
   */
  public static HistoricalDate ofDecade(int year) {
    return point(new DatePoint(year, 0, 0, Precision.DECADE, false));
  }

  /**
   * A century, named by its year that ends in two zeros: {@code ofCentury(1900)} is the years
   * 1900 to 1999, written {@code 19XX}.
   *
   * @param year a multiple of a hundred, not zero
   * @return the date
   */
  public static HistoricalDate ofCentury(int year) {
    return point(new DatePoint(year, 0, 0, Precision.CENTURY, false));
  }

  /**
   * A month of a year.
   *
   * @param year the year, negative before the common era, not zero
   * @param month the month, 1 to 12
   * @return the date
   */
  public static HistoricalDate ofMonth(int year, int month) {
    if (month == 0) {
      throw new IllegalArgumentException("month: expected 1 to 12 but found 0");
    }
    return point(new DatePoint(year, month, 0, Precision.MONTH, false));
  }

  /**
   * A day.
   *
   * @param year the year, negative before the common era, not zero
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return the date
   */
  public static HistoricalDate of(int year, int month, int day) {
    if (month == 0 || day == 0) {
      throw new IllegalArgumentException("month and day: expected values from 1 but found 0");
    }
    return point(new DatePoint(year, month, day, Precision.DAY, false));
  }

  /**
   * A range from one single date to a later one, such as {@code 1919/1920}.
   *
   * @param start the first date, not a range
   * @param end the last date, not a range, starting and ending no earlier than {@code start}
   * @return the range
   * @throws IllegalArgumentException if a bound is a range, or the end comes before the start
   */
  public static HistoricalDate range(HistoricalDate start, HistoricalDate end) {
    return bounded(bound(start, "start"), bound(end, "end"));
  }

  /**
   * A range with an open start, such as {@code ../1961}: at some time until the end of a date.
   *
   * @param end the last date, not a range
   * @return the range
   */
  public static HistoricalDate until(HistoricalDate end) {
    return new HistoricalDate(null, bound(end, "end"), true);
  }

  /**
   * A range with an open end, such as {@code 1961/..}: from a date on, with no end known.
   *
   * @param start the first date, not a range
   * @return the range
   */
  public static HistoricalDate since(HistoricalDate start) {
    return new HistoricalDate(bound(start, "start"), null, true);
  }

  private static DatePoint bound(HistoricalDate date, String which) {
    Objects.requireNonNull(date, which);
    if (date.range) {
      throw new IllegalArgumentException(which + ": the " + which + " of a range is a single date, not the range " + date);
    }
    return Objects.requireNonNull(date.start);
  }

  private static HistoricalDate bounded(DatePoint start, DatePoint end) {
    if (start.equals(end)) {
      throw new IllegalArgumentException("end: a range from " + start + " to itself is the single date " + start);
    }
    if (end.firstDay() < start.firstDay() || end.lastDay() < start.lastDay()) {
      throw new IllegalArgumentException("end: the range ends (" + end + ") before it starts (" + start + ")");
    }
    return new HistoricalDate(start, end, true);
  }

  /**
   * Reads the text form, for example {@code 1962-10-28}, {@code c. 1500}, {@code 44 BCE},
   * {@code 199X}, {@code 1919/1920} or {@code ../1961}.
   *
   * @param text the text form
   * @return the date
   * @throws IllegalArgumentException naming what was found and the form expected
   */
  public static HistoricalDate parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      int slash = text.indexOf('/');
      if (slash < 0) {
        return point(single(text, text));
      }
      String from = text.substring(0, slash);
      String to = text.substring(slash + 1);
      if (from.equals("..") && to.equals("..")) {
        throw new IllegalArgumentException("a range needs at least one of its ends; leave out a date that is not known at all");
      }
      if (from.equals("..")) {
        return new HistoricalDate(null, single(to, text), true);
      }
      if (to.equals("..")) {
        return new HistoricalDate(single(from, text), null, true);
      }
      return bounded(single(from, text), single(to, text));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("'")) {
        throw e;
      }
      throw new IllegalArgumentException("'" + Rules.excerpt(text) + "' is not a date: " + e.getMessage(), e);
    }
  }

  private static DatePoint single(String part, String text) {
    DatePoint p = DatePoint.parse(part);
    if (p == null) {
      String hint = part.matches("[1-9][0-9]*0s") ? " (write the " + part + " as " + part.substring(0, part.length() - 2) + "X)" : "";
      throw new IllegalArgumentException("'" + Rules.excerpt(text) + "' is not a date" + hint + "; " + FORMS);
    }
    return p;
  }

  /**
   * Reads the text form if it is one.
   *
   * @param text text that may be a date
   * @return the date, or empty if the text is not in the date form
   */
  public static Optional<HistoricalDate> tryParse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The same date marked as approximate, or as exact; for a range, each of its ends.
   *
   * @param approximate whether the date is approximate
   * @return a copy with the flag set
   */
  public HistoricalDate withCirca(boolean approximate) {
    DatePoint s = start == null ? null : start.withCirca(approximate);
    if (!range) {
      return s == start ? this : point(Objects.requireNonNull(s));
    }
    DatePoint e = end == null ? null : end.withCirca(approximate);
    return s == start && e == end ? this : new HistoricalDate(s, e, true);
  }

  /** The single date whose year, month, day and precision describe this one. */
  private DatePoint first() {
    return start != null ? start : Objects.requireNonNull(end);
  }

  /**
   * The year: positive in the common era, negative before it. For a decade or a century, the
   * year that names it (1990 for {@code 199X}); for a range, that of its start, or of its end
   * when the start is open.
   *
   * @return the year, never zero
   */
  public int year() {
    return first().year;
  }

  /**
   * The month, if known; for a range, that of its first given end.
   *
   * @return 1 to 12, or empty for a date known only to the year or less
   */
  public OptionalInt month() {
    return first().month == 0 ? OptionalInt.empty() : OptionalInt.of(first().month);
  }

  /**
   * The day of the month, if known; for a range, that of its first given end.
   *
   * @return the day, or empty for a date known only to the month or less
   */
  public OptionalInt day() {
    return first().day == 0 ? OptionalInt.empty() : OptionalInt.of(first().day);
  }

  /**
   * How much of the date is known; for a range, of its first given end.
   *
   * @return the precision
   */
  public Precision precision() {
    return first().precision;
  }

  /**
   * Whether the date is approximate; for a range, whether its first given end is.
   *
   * @return true for a "circa" date
   */
  public boolean isCirca() {
    return first().circa;
  }

  /**
   * Whether the year lies before the common era.
   *
   * @return true for a BCE date (for a range, if its first given end is)
   */
  public boolean isBce() {
    return first().year < 0;
  }

  /**
   * Whether this is a range, such as {@code 1919/1920} or {@code ../1961}.
   *
   * @return true for a range
   */
  public boolean isRange() {
    return range;
  }

  /**
   * Where the date starts: a single date is its own start.
   *
   * @return the start as a single date, or empty for a range with an open start
   */
  public Optional<HistoricalDate> start() {
    return !range ? Optional.of(this) : Optional.ofNullable(start).map(HistoricalDate::point);
  }

  /**
   * Where the date ends: a single date is its own end.
   *
   * @return the end as a single date, or empty for a range with an open end
   */
  public Optional<HistoricalDate> end() {
    return !range ? Optional.of(this) : Optional.ofNullable(end).map(HistoricalDate::point);
  }

  private long firstDay() {
    return start == null ? Long.MIN_VALUE : start.firstDay();
  }

  private long lastDay() {
    return end == null ? Long.MAX_VALUE : end.lastDay();
  }

  /**
   * Whether this date has passed by another, the one rule for every judgement as of a date: its
   * last possible day (for a range, the last day of its end) is on or before the last possible day
   * of {@code other}. So {@code 1962-10-28} and {@code 1962-11} are on or before {@code 1962-11},
   * but {@code 1962} is not (it may mean December), nor is {@code 1962/..} (it has no end).
   *
   * @param other the date to compare with, such as the date of a judgement
   * @return true if this date is over by the end of {@code other}
   */
  public boolean isOnOrBefore(HistoricalDate other) {
    Objects.requireNonNull(other, "other");
    return lastDay() <= other.lastDay();
  }

  /**
   * Whether this date is over before another begins: its last possible day (for a range, the last
   * day of its end) comes before the first possible day of {@code other}. So {@code 1962-10} ends
   * before {@code 1962-11-20}, but {@code 1962} does not end before {@code 1962-11} (it may mean
   * December), and no date ends before itself. Two dates of which neither ends before the other
   * overlap, or may; a quiz asking which came first leaves them out.
   *
   * @param other the date to compare with
   * @return true if every day this date may mean comes before every day {@code other} may mean
   */
  public boolean endsBefore(HistoricalDate other) {
    Objects.requireNonNull(other, "other");
    return lastDay() < other.firstDay();
  }

  @Override
  public int compareTo(HistoricalDate other) {
    Objects.requireNonNull(other, "other");
    int c = Long.compare(firstDay(), other.firstDay());
    if (c == 0) {
      c = Long.compare(other.lastDay(), lastDay());
    }
    if (c == 0) {
      c = Boolean.compare(range, other.range);
    }
    if (c == 0) {
      c = compareBounds(start, other.start, -1);
    }
    if (c == 0) {
      c = compareBounds(end, other.end, 1);
    }
    return c;
  }

  /** Compares two bounds, an open one ({@code null}) counting as {@code open} times infinity. */
  private static int compareBounds(@Nullable DatePoint a, @Nullable DatePoint b, int open) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? open : -open;
    }
    return a.compareTo(b);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HistoricalDate d
        && d.range == range
        && Objects.equals(d.start, start)
        && Objects.equals(d.end, end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, range);
  }

  /** The text form, for example {@code 1962-10-28}, {@code c. 1500}, {@code 199X} or {@code ../1961}. */
  @Override
  public String toString() {
    if (!range) {
      return first().toString();
    }
    return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
  }
}
