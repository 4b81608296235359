package io.github.hindsight.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HistoricalDateTest {

  @Provide
  Arbitrary<HistoricalDate> points() {
    Arbitrary<Integer> years = Arbitraries.integers().between(-5000, 3000).filter(y -> y != 0);
    Arbitrary<Integer> months = Arbitraries.integers().between(-2, 12);
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 28);
    Arbitrary<Boolean> circa = Arbitraries.of(true, false);
    return Combinators.combine(years, months, days, circa).as((y, m, d, c) -> {
      HistoricalDate date = m == -2 ? HistoricalDate.ofCentury(y / 100 == 0 ? 100 : y / 100 * 100)
          : m == -1 ? HistoricalDate.ofDecade(y / 10 == 0 ? 10 : y / 10 * 10)
          : m == 0 ? HistoricalDate.ofYear(y) : d == 0 ? HistoricalDate.ofMonth(y, m) : HistoricalDate.of(y, m, d);
      return date.withCirca(c);
    });
  }

  @Provide
  Arbitrary<HistoricalDate> dates() {
    Arbitrary<HistoricalDate> ranges = Combinators.combine(points(), points(), Arbitraries.integers().between(0, 2)).as((a, b, open) -> {
      if (open == 1) {
        return HistoricalDate.until(a);
      }
      if (open == 2) {
        return HistoricalDate.since(a);
      }
      HistoricalDate lo = a.compareTo(b) <= 0 ? a : b;
      HistoricalDate hi = lo == a ? b : a;
      try {
        return HistoricalDate.range(lo, hi);
      } catch (IllegalArgumentException nested) {
        return HistoricalDate.until(hi);
      }
    });
    return Arbitraries.oneOf(points(), ranges);
  }

  @Property
  void textFormRoundTrips(@ForAll("dates") HistoricalDate date) {
    assertThat(HistoricalDate.parse(date.toString())).isEqualTo(date);
  }

  @Property
  void orderingIsConsistentWithEquals(@ForAll("dates") HistoricalDate a, @ForAll("dates") HistoricalDate b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  @Property
  void aDateIsOnOrBeforeItself(@ForAll("dates") HistoricalDate a) {
    assertThat(a.isOnOrBefore(a)).isTrue();
  }

  @Test
  void writesTheForms() {
    assertThat(HistoricalDate.of(1962, 10, 28)).hasToString("1962-10-28");
    assertThat(HistoricalDate.ofMonth(1962, 11)).hasToString("1962-11");
    assertThat(HistoricalDate.ofYear(1964)).hasToString("1964");
    assertThat(HistoricalDate.ofYear(1500).withCirca(true)).hasToString("c. 1500");
    assertThat(HistoricalDate.ofYear(-44)).hasToString("44 BCE");
    assertThat(HistoricalDate.parse("44 BCE").isBce()).isTrue();
    assertThat(HistoricalDate.parse("1962-10").precision()).isEqualTo(HistoricalDate.Precision.MONTH);
  }

  @ParameterizedTest
  @CsvSource({"44 BCE, 1 BCE", "1 BCE, 1", "1962, 1962-01", "1962-10-28, 1962-11", "1962-12-31, 1963",
      "19XX, 190X", "196X, 1960", "../1961, 44 BCE", "1960, 1960-01/1960-12", "1961/1962, 1961"})
  void ordersByFirstDayThenWiderSpanFirst(String earlier, String later) {
    assertThat(HistoricalDate.parse(earlier)).isLessThan(HistoricalDate.parse(later));
  }

  @Property
  void orderingIsTransitive(@ForAll("dates") HistoricalDate a, @ForAll("dates") HistoricalDate b, @ForAll("dates") HistoricalDate c) {
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
    }
  }

  @Property
  void aRangeHasPassedWhenItsEndHas(@ForAll("dates") HistoricalDate a, @ForAll("dates") HistoricalDate asOf) {
    assertThat(a.isOnOrBefore(asOf)).isEqualTo(a.end().map(e -> e.isOnOrBefore(asOf)).orElse(asOf.end().isEmpty()));
  }

  @Property
  void aDateThatEndsBeforeAnotherIsOrderedBeforeItAndNeverTheOtherWay(@ForAll("dates") HistoricalDate a, @ForAll("dates") HistoricalDate b) {
    if (a.endsBefore(b)) {
      assertThat(a).isLessThan(b);
      assertThat(a.isOnOrBefore(b)).isTrue();
      assertThat(b.endsBefore(a)).isFalse();
    }
    assertThat(a.endsBefore(a)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"1962-10, 1962-11-20, true", "1962, 1962-11, false", "1962-11, 1962, false", "1961, 1962, true",
      "196X, 1970, true", "196X, 1969, false", "../1961, 1962, true", "1961/.., 2020, false", "1919/1920, 1921, true"})
  void aDateEndsBeforeAnotherOnlyWhenNoDayOfTheirsCanMeet(String date, String other, boolean before) {
    assertThat(HistoricalDate.parse(date).endsBefore(HistoricalDate.parse(other))).isEqualTo(before);
  }

  @Property
  void passingIsTransitive(@ForAll("dates") HistoricalDate a, @ForAll("dates") HistoricalDate b, @ForAll("dates") HistoricalDate c) {
    if (a.isOnOrBefore(b) && b.isOnOrBefore(c)) {
      assertThat(a.isOnOrBefore(c)).isTrue();
    }
  }

  @Property
  void daysPassInTheirOrder(@ForAll("points") HistoricalDate a, @ForAll("points") HistoricalDate b) {
    if (a.precision() == HistoricalDate.Precision.DAY && b.precision() == HistoricalDate.Precision.DAY && a.isCirca() == b.isCirca()) {
      assertThat(a.isOnOrBefore(b)).isEqualTo(a.compareTo(b) <= 0);
    }
  }

  @Property
  void aDateIsWithinItsRanges(@ForAll("points") HistoricalDate a, @ForAll("points") HistoricalDate b) {
    // A date on or before b has passed by any range that ends with b, and never by one that is open-ended.
    if (a.isOnOrBefore(b)) {
      assertThat(a.isOnOrBefore(HistoricalDate.until(b))).isTrue();
    }
    assertThat(HistoricalDate.since(a).isOnOrBefore(b)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"1962, 1962-11, false", "1962, 1962, true", "1962-10-28, 1962-11, true", "1962-11, 1962-11-20, false",
      "1962-12, 1962-11, false", "1989-01, 1962-11, false", "199X, 1995, false", "199X, 1999-12, true",
      "1919/1920, 1919-11, false", "1919/1920, 1920, true", "../1961, 1961, true", "1961/.., 2020, false"})
  void aDateCountsOnlyOnceItsLastDayHasPassed(String date, String asOf, boolean passed) {
    assertThat(HistoricalDate.parse(date).isOnOrBefore(HistoricalDate.parse(asOf))).isEqualTo(passed);
  }

  @Test
  void readsAndWritesDecadesCenturiesAndRanges() {
    assertThat(HistoricalDate.parse("199X")).isEqualTo(HistoricalDate.ofDecade(1990)).hasToString("199X");
    assertThat(HistoricalDate.parse("199X").precision()).isEqualTo(HistoricalDate.Precision.DECADE);
    assertThat(HistoricalDate.parse("19XX")).isEqualTo(HistoricalDate.ofCentury(1900));
    assertThat(HistoricalDate.ofDecade(-440)).hasToString("44X BCE");
    assertThat(HistoricalDate.ofCentury(-400)).hasToString("4XX BCE");
    assertThat(HistoricalDate.parse("c. 199X").isCirca()).isTrue();
    HistoricalDate votes = HistoricalDate.parse("1919/1920");
    assertThat(votes.isRange()).isTrue();
    assertThat(votes.start()).contains(HistoricalDate.ofYear(1919));
    assertThat(votes.end()).contains(HistoricalDate.ofYear(1920));
    assertThat(HistoricalDate.range(HistoricalDate.ofMonth(1950, 10), HistoricalDate.ofMonth(1950, 11))).hasToString("1950-10/1950-11");
    assertThat(HistoricalDate.until(HistoricalDate.ofYear(1961))).hasToString("../1961").isEqualTo(HistoricalDate.parse("../1961"));
    assertThat(HistoricalDate.parse("../1961").start()).isEmpty();
    assertThat(HistoricalDate.parse("../1961").year()).isEqualTo(1961);
    assertThat(HistoricalDate.since(HistoricalDate.ofYear(1961))).hasToString("1961/..");
    assertThat(HistoricalDate.parse("100 BCE/44 BCE").isBce()).isTrue();
    assertThat(HistoricalDate.ofYear(1962).start()).contains(HistoricalDate.ofYear(1962));
  }

  @Test
  void explainsHowToWriteADecade() {
    assertThatThrownBy(() -> HistoricalDate.parse("1990s")).hasMessageContaining("write the 1990s as 199X");
    assertThatThrownBy(() -> HistoricalDate.parse("1920/1919")).hasMessageContaining("ends (1919) before it starts (1920)");
    assertThatThrownBy(() -> HistoricalDate.ofDecade(1995)).hasMessageContaining("ending in 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "1962-13", "1962-02-30", "1963-02-29", "1962-1-5", "62 AD", "c.1500", "1962-00", " 1962",
      "1990s", "199x", "1920/1919", "1962/1962", "1950/1950-11", "../..", "1919/", "1919/1920/1921", "1919 / 1920", "X", "19XX-05"})
  void refusesWhatIsNotADate(String text) {
    assertThatThrownBy(() -> HistoricalDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "' is not a date");
  }

  @Test
  void refusesYearZero() {
    assertThatThrownBy(() -> HistoricalDate.ofYear(0)).hasMessageContaining("no year zero");
  }
}
