package io.github.hindsight.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date as historians write it: a year, optionally with a month and a day, possibly
 * approximate ("circa") and possibly before the common era.
 *
 * <p>The text form is {@code [c. ]YEAR[-MM[-DD]][ BCE]}, for example {@code 1962-10-28},
 * {@code 1962-10}, {@code 1964}, {@code c. 1500} or {@code 44 BCE}. Years are written without
 * leading zeros; there is no year zero. {@link #parse(String)} and {@link #toString()} are
 * inverse to each other.
 *
 * <p>Dates are ordered by the first day they can denote, then by precision (a year before a
 * month of that year before a day of that month), then exact before approximate.
 */

public final class HistoricalDate implements Comparable<HistoricalDate> {

  /** How much of a date is known. */
  public enum Precision {
    /** Only the year is known. */
    YEAR,
    /** The year and the month are known. */
    MONTH,
    /** The year, month and day are known. */
    DAY
  }

  private static final Pattern TEXT =
      Pattern.compile("(c\\. )?([1-9][0-9]{0,8})(?:-([0-9]{2})(?:-([0-9]{2}))?)?( BCE)?");
  private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private final int year;
  private final int month;
  private final int day;
  private final boolean circa;

  private HistoricalDate(int year, int month, int day, boolean circa) {
    if (year == 0) {
      throw new IllegalArgumentException("year: there is no year zero (1 BCE is followed by 1 CE)");
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month: expected 1 to 12 but found " + month);
    }
    if (day != 0 && month == 0) {
      throw new IllegalArgumentException("day: a day needs a month");
    }
    if (day < 0 || (month > 0 && day > DAYS_IN_MONTH[month - 1])) {
      throw new IllegalArgumentException(
          "day: expected 1 to " + DAYS_IN_MONTH[Math.max(month, 1) - 1] + " but found " + day);
    }
    if (month == 2 && day == 29 && !isLeap(year)) {
      throw new IllegalArgumentException("day: " + Math.abs(year) + " has no 29 February");
    }
    this.year = year;
    this.month = month;
    this.day = day;
    this.circa = circa;
  }

  private static boolean isLeap(int year) {
    // Proleptic Gregorian rule; historians' Julian dates are not distinguished here.
    int y = year < 0 ? year + 1 : year;
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  }

  /**
   * A year of the common era, or before it when negative ({@code -44} is 44 BCE).
   *
   * @param year the year, not zero
   * @return the date
   */
  public static HistoricalDate ofYear(int year) {
    return new HistoricalDate(year, 0, 0, false);
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
    return new HistoricalDate(year, month, 0, false);
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
    return new HistoricalDate(year, month, day, false);
  }

  /**
   * Reads the text form, for example {@code 1962-10-28}, {@code c. 1500} or {@code 44 BCE}.
   *
   * @param text the text form
   * @return the date
   * @throws IllegalArgumentException naming what was found and the form expected
   */
  public static HistoricalDate parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + Rules.excerpt(text) + "' is not a date; expected [c. ]YEAR[-MM[-DD]][ BCE], for example 1962-10-28, 1964, c. 1500 or 44 BCE");
    }
    int year = Integer.parseInt(m.group(2));
    if (m.group(5) != null) {
      year = -year;
    }
    int month = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    int day = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    if (m.group(3) != null && month == 0) {
      throw new IllegalArgumentException("'" + text + "' is not a date: month 00");
    }
    if (m.group(4) != null && day == 0) {
      throw new IllegalArgumentException("'" + text + "' is not a date: day 00");
    }
    try {
      return new HistoricalDate(year, month, day, m.group(1) != null);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date: " + e.getMessage(), e);
    }
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
   * The same date marked as approximate, or as exact.
   *
   * @param approximate whether the date is approximate
   * @return a copy with the flag set
   */
  public HistoricalDate withCirca(boolean approximate) {
    return approximate == circa ? this : new HistoricalDate(year, month, day, approximate);
  }

  /**
   * The year: positive in the common era, negative before it.
   *
   * @return the year, never zero
   */
  public int year() {
    return year;
  }

  /**
   * The month, if known.
   *
   * @return 1 to 12, or empty for a date known only to the year
   */
  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * The day of the month, if known.
   *
   * @return the day, or empty for a date known only to the year or the month
   */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * How much of the date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /**
   * Whether the date is approximate.
   *
   * @return true for a "circa" date
   */
  public boolean isCirca() {
    return circa;
  }

  /**
   * Whether the year lies before the common era.
   *
   * @return true for a BCE date
   */
  public boolean isBce() {
    return year < 0;
  }

  private long firstDay() {
    return ordinal(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  private long lastDay() {
    int m = month == 0 ? 12 : month;
    return ordinal(year, m, day == 0 ? DAYS_IN_MONTH[m - 1] : day);
  }

  private static long ordinal(int year, int month, int day) {
    // A monotonic day number, enough for ordering; not a calendar computation.
    return (long) year * 512 + month * 32L + day;
  }

  /**
   * Whether this date could fall on or before another: its first possible day is not after
   * the last possible day of {@code other}. So {@code 1962} is on or before {@code 1962-11}.
   *
   * @param other the date to compare with
   * @return true if this date may lie on or before {@code other}
   */
  public boolean isOnOrBefore(HistoricalDate other) {
    Objects.requireNonNull(other, "other");
    return firstDay() <= other.lastDay();
  }

  @Override
  public int compareTo(HistoricalDate other) {
    Objects.requireNonNull(other, "other");
    int c = Long.compare(firstDay(), other.firstDay());
    if (c == 0) {
      c = precision().compareTo(other.precision());
    }
    if (c == 0) {
      c = Boolean.compare(circa, other.circa);
    }
    return c;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HistoricalDate d
        && d.year == year
        && d.month == month
        && d.day == day
        && d.circa == circa;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day, circa);
  }

  /** The text form, for example {@code 1962-10-28}, {@code c. 1500} or {@code 44 BCE}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(16);
    if (circa) {
      sb.append("c. ");
    }
    sb.append(Math.abs(year));
    if (month != 0) {
      sb.append('-').append(month < 10 ? "0" : "").append(month);
    }
    if (day != 0) {
      sb.append('-').append(day < 10 ? "0" : "").append(day);
    }
    if (year < 0) {
      sb.append(" BCE");
    }
    return sb.toString();
  }
}
