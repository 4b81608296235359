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
import org.junit.jupiter.params.provider.ValueSource;

class HistoricalDateTest {

  @Provide
  Arbitrary<HistoricalDate> dates() {
    Arbitrary<Integer> years = Arbitraries.integers().between(-5000, 3000).filter(y -> y != 0);
    Arbitrary<Integer> months = Arbitraries.integers().between(0, 12);
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 28);
    Arbitrary<Boolean> circa = Arbitraries.of(true, false);
    return Combinators.combine(years, months, days, circa).as((y, m, d, c) -> {
      HistoricalDate date = m == 0 ? HistoricalDate.ofYear(y) : d == 0 ? HistoricalDate.ofMonth(y, m) : HistoricalDate.of(y, m, d);
      return date.withCirca(c);
    });
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

  @Test
  void ordersByTimeThenPrecision() {
    assertThat(HistoricalDate.parse("44 BCE")).isLessThan(HistoricalDate.parse("1 BCE"));
    assertThat(HistoricalDate.parse("1 BCE")).isLessThan(HistoricalDate.parse("1"));
    assertThat(HistoricalDate.parse("1962")).isLessThan(HistoricalDate.parse("1962-01"));
    assertThat(HistoricalDate.parse("1962-10-28")).isLessThan(HistoricalDate.parse("1962-11"));
    assertThat(HistoricalDate.parse("1962-12-31")).isLessThan(HistoricalDate.parse("1963"));
  }

  @Test
  void comparesImpreciseDatesByOverlap() {
    assertThat(HistoricalDate.parse("1962").isOnOrBefore(HistoricalDate.parse("1962-11"))).isTrue();
    assertThat(HistoricalDate.parse("1962-12").isOnOrBefore(HistoricalDate.parse("1962-11"))).isFalse();
    assertThat(HistoricalDate.parse("1989-01").isOnOrBefore(HistoricalDate.parse("1962-11"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "1962-13", "1962-02-30", "1963-02-29", "1962-1-5", "62 AD", "c.1500", "1962-00", " 1962"})
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
