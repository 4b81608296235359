package io.github.hindsight.model;

import io.github.hindsight.model.HistoricalDate.Precision;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One date that is not a range: a century, a decade, a year, a month or a day, possibly
 * approximate, possibly before the common era. The bounds of a range are points too.
 *
 * <p>{@code year} is the year as written: for a decade or a century the year that ends in zero,
 * such as 1990 for {@code 199X} or -440 for {@code 44X BCE} (the years 449 to 440 BCE).
 */
final class DatePoint implements Comparable<DatePoint> {
  static final Pattern TEXT = Pattern.compile(
      "(c\\. )?(?:([1-9][0-9]{0,8})(?:-([0-9]{2})(?:-([0-9]{2}))?)?|([1-9][0-9]{0,7})X|([1-9][0-9]{0,6})XX)( BCE)?");
  private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  final int year;
  final int month;
  final int day;
  final Precision precision;
  final boolean circa;

  DatePoint(int year, int month, int day, Precision precision, boolean circa) {
    if (year == 0) {
      throw new IllegalArgumentException("year: there is no year zero (1 BCE is followed by 1 CE)");
    }
    int span = precision == Precision.CENTURY ? 100 : precision == Precision.DECADE ? 10 : 1;
    if (year % span != 0) {
      throw new IllegalArgumentException("year: a " + precision.name().toLowerCase(java.util.Locale.ROOT)
          + " is named by a year ending in " + (span == 10 ? "0" : "00") + ", such as " + (span == 10 ? "1990" : "1900") + ", but found " + year);
    }
    if (span > 1 && (month != 0 || day != 0)) {
      throw new IllegalArgumentException("month: a decade or a century has no month or day");
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
    this.precision = span > 1 ? precision : day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    this.circa = circa;
  }

  private static boolean isLeap(int year) {
    // Proleptic Gregorian rule; historians' Julian dates are not distinguished here.
    int y = year < 0 ? year + 1 : year;
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  }

  /**
   * Reads the text form of a point.
   *
   * @return the point, or null if the text is not in the form at all
   * @throws IllegalArgumentException if it is in the form but names no date, such as month 13
   */
  static @Nullable DatePoint parse(String text) {
    DatePoint plain = plain(text);
    return plain != null ? plain : byPattern(text);
  }

  /** As {@link #parse}, by the pattern alone: for the test that the scan reads as it does. */
  static @Nullable DatePoint byPattern(String text) {
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      return null;
    }
    boolean bce = m.group(7) != null;
    boolean circa = m.group(1) != null;
    if (m.group(5) != null) {
      int y = Integer.parseInt(m.group(5)) * 10;
      return new DatePoint(bce ? -y : y, 0, 0, Precision.DECADE, circa);
    }
    if (m.group(6) != null) {
      int y = Integer.parseInt(m.group(6)) * 100;
      return new DatePoint(bce ? -y : y, 0, 0, Precision.CENTURY, circa);
    }
    int year = Integer.parseInt(m.group(2));
    int month = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    int day = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    if (m.group(3) != null && month == 0) {
      throw new IllegalArgumentException("month 00");
    }
    if (m.group(4) != null && day == 0) {
      throw new IllegalArgumentException("day 00");
    }
    return new DatePoint(bce ? -year : year, month, day, Precision.YEAR, circa);
  }

  /**
   * Reads the forms most dates take, a year, a month or a day of the common era such as
   * {@code 1962-10-22}, by a scan of the characters; the pattern reads the rest.
   *
   * @return the point, or null if the text is in none of those forms
   * @throws IllegalArgumentException as {@link #parse} throws for such a form
   */
  private static @Nullable DatePoint plain(String text) {
    int n = text.length();
    int digits = 0;
    while (digits < n && digits < 10 && isDigit(text.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 9 || text.charAt(0) == '0') {
      return null;
    }
    int month = 0;
    int day = 0;
    if (n == digits) {
      // a year
    } else if (n == digits + 3 && twoDigits(text, digits)) {
      month = number(text, digits + 1);
    } else if (n == digits + 6 && twoDigits(text, digits) && twoDigits(text, digits + 3)) {
      month = number(text, digits + 1);
      day = number(text, digits + 4);
      if (day == 0 && month != 0) {
        throw new IllegalArgumentException("day 00");
      }
    } else {
      return null;
    }
    if (n > digits && month == 0) {
      throw new IllegalArgumentException("month 00");
    }
    return new DatePoint(Integer.parseInt(text, 0, digits, 10), month, day, Precision.YEAR, false);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether a hyphen and two digits stand at an index. */
  private static boolean twoDigits(String text, int at) {
    return text.charAt(at) == '-' && isDigit(text.charAt(at + 1)) && isDigit(text.charAt(at + 2));
  }

  private static int number(String text, int at) {
    return (text.charAt(at) - '0') * 10 + text.charAt(at + 1) - '0';
  }

  DatePoint withCirca(boolean approximate) {
    return approximate == circa ? this : new DatePoint(year, month, day, precision, approximate);
  }

  private int span() {
    return precision == Precision.CENTURY ? 100 : precision == Precision.DECADE ? 10 : 1;
  }

  /** @return the earliest year it covers, as a signed year */
  int firstYear() {
    return year > 0 ? year : year - span() + 1;
  }

  /** @return the latest year it covers, as a signed year */
  int lastYear() {
    return year > 0 ? year + span() - 1 : year;
  }

  /** @return a day number of the first day it can denote, monotonic in time */
  long firstDay() {
    return ordinal(firstYear(), month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** @return a day number of the last day it can denote, monotonic in time */
  long lastDay() {
    int m = month == 0 ? 12 : month;
    return ordinal(lastYear(), m, day == 0 ? DAYS_IN_MONTH[m - 1] : day);
  }

  private static long ordinal(int year, int month, int day) {
    // A monotonic day number, enough for ordering; not a calendar computation.
    return (long) year * 512 + month * 32L + day;
  }

  @Override
  public int compareTo(DatePoint other) {
    int c = Long.compare(firstDay(), other.firstDay());
    if (c == 0) {
      // The wider date first: a century, then a decade, a year, a month, a day.
      c = Long.compare(other.lastDay(), lastDay());
    }
    if (c == 0) {
      c = precision.compareTo(other.precision);
    }
    if (c == 0) {
      c = Boolean.compare(circa, other.circa);
    }
    return c;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DatePoint d
        && d.year == year
        && d.month == month
        && d.day == day
        && d.precision == precision
        && d.circa == circa;
  }

  @Override
  public int hashCode() {
    return ((year * 31 + month) * 31 + day) * 31 + precision.ordinal() * 2 + (circa ? 1 : 0);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(16);
    if (circa) {
      sb.append("c. ");
    }
    int shown = Math.abs(year) / span();
    sb.append(shown);
    if (precision == Precision.DECADE) {
      sb.append('X');
    } else if (precision == Precision.CENTURY) {
      sb.append("XX");
    }
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
