package io.github.hindsight.timeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.HistoricalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.json.JsonMapper;

/** The JSON writer, the HTML escaping and the dates, for any value. */
class TimelinePropertiesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Property
  void anyStringIsReadBackAsWritten(@ForAll String text) {
    String json = Json.write(Map.of("text", List.of(text, 7)));
    assertThat(JSON.readTree(json).get("text").get(0).asString()).isEqualTo(text);
    assertThat(JSON.readTree(json).get("text").get(1).asInt()).isEqualTo(7);
  }

  @Property
  void escapedTextHasNoMarkupLeft(@ForAll String text) {
    String html = Html.escape(text);
    assertThat(html).doesNotContain("<", ">", "\"", "'");
    assertThat(html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&")).isEqualTo(text);
  }

  @Property
  void aDateGivesWhatItKnows(@ForAll @IntRange(min = 1, max = 3000) int year, @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 28) int day) {
    assertThat(TimelineDates.span(HistoricalDate.ofYear(year)).first().json()).isEqualTo(Map.of("year", year));
    assertThat(TimelineDates.span(HistoricalDate.ofMonth(year, month)).first().json()).isEqualTo(Map.of("year", year, "month", month));
    TimelineDates.Span d = TimelineDates.span(HistoricalDate.of(year, month, day));
    assertThat(d.first().json()).isEqualTo(Map.of("year", year, "month", month, "day", day));
    assertThat(d.last()).isEmpty();
    assertThat(TimelineDates.span(HistoricalDate.ofYear(-year)).first().json()).isEqualTo(Map.of("year", -year));
  }

  @Property
  void aDecadeOrACenturyLastsItsYears(@ForAll @IntRange(min = -300, max = 300) int tens) {
    if (tens == 0) {
      return;
    }
    TimelineDates.Span decade = TimelineDates.span(HistoricalDate.ofDecade(tens * 10));
    assertThat(decade.end().year() - decade.first().year()).isEqualTo(9);
    assertThat(tens > 0 ? decade.first().year() : decade.end().year()).isEqualTo(tens * 10);
    TimelineDates.Span century = TimelineDates.span(HistoricalDate.ofCentury(tens * 100));
    assertThat(century.end().year() - century.first().year()).isEqualTo(99);
    assertThat(decade.words()).endsWith(tens > 0 ? "0s" : "0s BCE");
  }

  @Property
  void aRangeRunsFromItsStartToItsEnd(@ForAll @IntRange(min = 1, max = 2000) int from, @ForAll @IntRange(min = 1, max = 50) int years) {
    TimelineDates.Span range = TimelineDates.span(HistoricalDate.range(HistoricalDate.ofYear(from), HistoricalDate.ofYear(from + years)));
    assertThat(range.first().year()).isEqualTo(from);
    assertThat(range.end().year()).isEqualTo(from + years);
    assertThat(range.words()).isEqualTo(from + " – " + (from + years));
    assertThat(TimelineDates.span(HistoricalDate.until(HistoricalDate.ofYear(from))).words()).isEqualTo("until " + from);
    assertThat(TimelineDates.span(HistoricalDate.since(HistoricalDate.ofYear(from))).words()).isEqualTo("from " + from);
  }
}
